import { createContext, useContext, useMemo } from 'react';

/** How the interface reads what is typed so far: pretty-printed, its value, or why it does not parse. */
export interface Preview {
  pretty: string | null;
  /** The value of a numeric answer (null for expressions, or when it does not evaluate). */
  value: number | null;
  error: string | null;
}

export type Previewer = (source: string, kind: 'numeric' | 'expression') => Preview;

/**
 * The previewer arrives after the first frame (it needs mathjs, loaded in the background),
 * so until then the context holds null and the field shows no preview.
 */
export const PreviewContext = createContext<Previewer | null>(null);

export function usePreview(source: string, kind: 'numeric' | 'expression'): Preview | 'loading' | null {
  const previewer = useContext(PreviewContext);
  return useMemo(() => {
    if (source.trim() === '') return null;
    if (!previewer) return 'loading';
    return previewer(source, kind);
  }, [previewer, source, kind]);
}
