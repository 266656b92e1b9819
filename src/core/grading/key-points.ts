import type { FreeQuestion, KeyPoint } from '../kinds/free.js';
import { compilePattern, normalizeChar } from '../bank/match-pattern.js';

/** One key point of a free answer: found or not, and the words of the answer that showed it. */
export interface KeyPointMark {
  index: number;
  found: boolean;
  /** The matched words as written in the answer (`"36.0 … 32.8"` when apart); null when not found. */
  phrase: string | null;
}

export interface Coverage {
  points: KeyPointMark[];
  found: number;
  total: number;
  /** The 1–4 grade the coverage suggests. */
  suggested: 1 | 2 | 3 | 4;
}

/** Longest answer looked at: the patterns are bounded per position, this bounds the positions. */
const MAX_ANSWER_LENGTH = 10_000;
/** Matches this close together are shown as one phrase, farther apart joined by " … ". */
const PHRASE_SPAN = 40;

/**
 * Which key points a free answer covers. A key point is found when every pattern of its
 * English list, or every pattern of its Chinese list, matches somewhere in the answer (both
 * lists are tried whatever the interface language: answers mix languages and notation).
 */
export function keyPointCoverage(question: FreeQuestion, answer: string): Coverage {
  const text = normalized(answer.slice(0, MAX_ANSWER_LENGTH));
  const points = question.keyPoints.map((point, index): KeyPointMark => {
    const spans = findPoint(point, text.value);
    if (!spans) return { index, found: false, phrase: null };
    return { index, found: true, phrase: phraseOf(answer, spans.map(([start, end]) => [text.origin[start]!, text.origin[end]!])) };
  });
  const found = points.filter((point) => point.found).length;
  return { points, found, total: points.length, suggested: suggestedGrade(found, points.length) };
}

/**
 * The grade a coverage suggests: 4 every key point, 3 at least three quarters, 2 at least
 * two fifths, 1 less. Suggested only: the learner accepts or changes it.
 */
export function suggestedGrade(found: number, total: number): 1 | 2 | 3 | 4 {
  if (total === 0 || found >= total) return 4;
  const share = found / total;
  if (share >= 0.75) return 3;
  if (share >= 0.4) return 2;
  return 1;
}

type Span = [start: number, end: number];

function findPoint(point: KeyPoint, text: string): Span[] | null {
  for (const lang of ['en', 'zh'] as const) {
    const spans: Span[] = [];
    for (const pattern of point.match[lang]) {
      const regex = compiled(pattern);
      regex.lastIndex = 0;
      const match = regex.exec(text);
      if (!match) break;
      spans.push([match.index, match.index + match[0].length]);
    }
    if (spans.length === point.match[lang].length) return spans;
  }
  return null;
}

const cache = new Map<string, RegExp>();

/** Patterns were checked when the pack was loaded; compiled once each. */
function compiled(pattern: string): RegExp {
  let regex = cache.get(pattern);
  if (!regex) {
    regex = compilePattern(pattern);
    cache.set(pattern, regex);
  }
  return regex;
}

/** The matched words, in the answer's order, as one phrase or as pieces joined by " … ". */
function phraseOf(answer: string, spans: Span[]): string {
  const sorted = spans.map(([start, end]): Span => [start, wordEnd(answer, end)]).sort((a, b) => a[0] - b[0]);
  const start = sorted[0]![0];
  const end = Math.max(...sorted.map((span) => span[1]));
  if (end - start <= PHRASE_SPAN) return answer.slice(start, end).trim();
  const pieces: Span[] = [];
  for (const span of sorted) {
    const last = pieces[pieces.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else pieces.push([...span]);
  }
  return pieces.map(([from, to]) => answer.slice(from, to).trim()).join(' … ');
}

/** A pattern may match a stem ("discard"); the phrase shows the whole word ("discards"). */
function wordEnd(answer: string, end: number): number {
  if (end === 0 || !/[A-Za-z0-9]/.test(answer[end - 1]!)) return end;
  while (end < answer.length && /[A-Za-z0-9]/.test(answer[end]!)) end++;
  return end;
}

/** The answer as patterns see it, with `origin` mapping each position back to the answer as typed. */
function normalized(answer: string): { value: string; origin: number[] } {
  let value = '';
  const origin: number[] = [];
  let at = 0;
  for (const char of answer) {
    const mapped = normalizeChar(char);
    for (let unit = 0; unit < mapped.length; unit++) origin.push(at);
    value += mapped;
    at += char.length;
  }
  // A closing space lets a pattern require the end of a word or number (`gamma = 0[ ,.]`) at the end too.
  value += ' ';
  origin.push(at, at);
  return { value, origin };
}
