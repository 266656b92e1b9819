import { useRef } from 'react';

/**
 * The notice on the last answer ("could not be read…"), while it still applies: once the
 * input has been changed into something that reads, the notice is about text no longer
 * there, so it goes (a new submit brings a new one if needed).
 */
export function useNotice(notice: string | null | undefined, input: string, reads: boolean): string | null {
  // The input as it stood when this notice arrived: the answer it is about.
  const about = useRef<{ notice: string; input: string } | null>(null);
  if (!notice) {
    about.current = null;
    return null;
  }
  if (about.current?.notice !== notice) about.current = { notice, input };
  return reads && input !== about.current.input ? null : notice;
}
