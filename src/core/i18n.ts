/** The two languages of the deck and the interface. */
export type Lang = 'en' | 'zh';

/** A text in both languages; both must say the same thing. */
export interface Localized {
  en: string;
  zh: string;
}

export function localize(text: Localized, lang: Lang): string {
  return text[lang];
}
