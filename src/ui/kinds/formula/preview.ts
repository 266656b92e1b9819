import { createContext, useContext, useMemo } from 'react';
import type { Said } from '../../../core/words/index.js';

/** How the interface reads what is typed so far: pretty-printed, its value, or why it does not parse. */
export interface Preview {
  pretty: string | null;
  /** The value of a numeric answer (null for expressions, or when it does not evaluate). */
  value: number | null;
  /** Why it does not read, said in the interface's language when shown. */
  error: Said | null;
}

/**
 * What is being read: a numeric or expression answer, or one line of a derivation (`step`;
 * `first step` for the first line written, where a bare expression is the start).
 */
export type PreviewKind = 'numeric' | 'expression' | 'step' | 'first step';

export type Previewer = (source: string, kind: PreviewKind) => Preview;

/**
 * The previewer arrives after the first frame (it needs mathjs, loaded in the background),
 * so until then the context holds null and the field shows no preview.
 */
export const PreviewContext = createContext<Previewer | null>(null);

export function usePreview(source: string, kind: PreviewKind): Preview | 'loading' | null {
  const previewer = useContext(PreviewContext);
  return useMemo(() => readPreview(previewer, source, kind), [previewer, source, kind]);
}

/** Several sources at once (a derivation's lines), each read as usePreview reads one. */
export function usePreviews(sources: readonly { source: string; kind: PreviewKind }[]): (Preview | 'loading' | null)[] {
  const previewer = useContext(PreviewContext);
  const key = JSON.stringify(sources);
  return useMemo(() => sources.map(({ source, kind }) => readPreview(previewer, source, kind)), [previewer, key]);
}

function readPreview(previewer: Previewer | null, source: string, kind: PreviewKind): Preview | 'loading' | null {
  if (source.trim() === '') return null;
  if (!previewer) return 'loading';
  return previewer(source, kind);
}

/** Whether a preview says the text reads (a numeric answer must also have a value). */
export function previewReads(preview: Preview | 'loading' | null, kind: PreviewKind): boolean {
  return typeof preview === 'object' && preview !== null && preview.error === null && (kind !== 'numeric' || preview.value !== null);
}
