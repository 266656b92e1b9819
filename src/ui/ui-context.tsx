import { createContext, useContext, type ReactNode } from 'react';
import type { Lang } from '../core/i18n.js';
import { t, type WordKey, type WordParams } from '../core/words/index.js';
import { makeTheme, type Theme } from './theme.js';

/** What every view needs to know about the session's surroundings: language and colours. */
export interface Ui {
  lang: Lang;
  theme: Theme;
  /** An interface string in the session's language. */
  s: (key: WordKey, params?: WordParams) => string;
  /** A topic's name in the session's language (the pack's label). */
  topic: (id: string) => string;
}

export function makeUi(lang: Lang, color: boolean, topicName: (id: string) => string = (id) => id): Ui {
  return { lang, theme: makeTheme(color), s: (key, params) => t(lang, key, params), topic: topicName };
}

const UiContext = createContext<Ui>(makeUi('en', false));

export function UiProvider({ ui, children }: { ui: Ui; children: ReactNode }) {
  return <UiContext.Provider value={ui}>{children}</UiContext.Provider>;
}

export function useUi(): Ui {
  return useContext(UiContext);
}
