import type { Lang } from '../i18n.js';
import type { Tolerance } from '../bank/types.js';
import { displayValue, formatNumber } from '../numbers.js';
import { describePoint, formatPair, prettyExpression } from '../math/index.js';
import { messages } from './messages.js';
import { t } from '../words/index.js';

/**
 * An expression with the instance's parameters written in as numbers, for showing the
 * expected answer of a parametric question: `1/(1-p)^g` with p = 0.9, g = 2 → `1/(1-0.9)^2`.
 */
export function substituteParams(source: string, params: Record<string, number>): string {
  let text = source;
  for (const [name, value] of Object.entries(params)) {
    const written = value < 0 ? `(${formatNumber(value)})` : formatNumber(value);
    text = text.replace(new RegExp(`(?<![\\w.])${name}(?![\\w(])`, 'g'), written);
  }
  return text;
}

/** The pretty form of an expression (`1 / (1 − 0.968)²`), or the source when it does not parse. */
export function pretty(source: string): string {
  const result = prettyExpression(source);
  return result.ok ? result.value : source;
}

export { displayValue };

export function isPlainNumber(source: string): boolean {
  return /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(source);
}

/**
 * The tolerance a numeric answer is held to, in the learner's language: "tolerance ±1%",
 * "tolerance ±0.001", "rounded to 3 significant figures". Never "accepted within…": it is
 * said after wrong answers too, and must not read as a verdict.
 */
export function describeTolerance(tolerance: Tolerance, lang: Lang): string {
  if ('relative' in tolerance) return t(lang, 'grading.tolerance.relative', { percent: formatNumber(tolerance.relative * 100, 6) });
  if ('absolute' in tolerance) return t(lang, 'grading.tolerance.absolute', { bound: formatNumber(tolerance.absolute, 6) });
  if ('decimals' in tolerance) return t(lang, tolerance.decimals === 1 ? 'grading.tolerance.decimals.one' : 'grading.tolerance.decimals.many', { n: tolerance.decimals });
  return t(lang, tolerance.sigfigs === 1 ? 'grading.tolerance.sigfigs.one' : 'grading.tolerance.sigfigs.many', { n: tolerance.sigfigs });
}

/** `differs at pt = 0.37, γ = 2.1: yours 0.12, expected 0.31`; a value missing on one side is "undefined". */
export function describeDifference(
  counterexample: { point: Record<string, number>; a: number | null; b: number | null },
  yours: number | null,
  expected: number | null,
  hidden: string[],
  lang: Lang,
  /** The confirmed values as text that tells them apart (a counterexample's `shown`), yours first. */
  shown?: [string, string],
): string {
  const say = messages(lang);
  const point = Object.fromEntries(Object.entries(counterexample.point).filter(([name]) => !hidden.includes(name)));
  const [shownYours, shownExpected] = shown ?? formatPair(yours, expected);
  const show = (value: number | null, shown: string) => (value === null || !Number.isFinite(value) ? say.undefinedValue : shown);
  return say.differsAt(describePoint(point) || t(lang, 'expr.anyPoint'), show(yours, shownYours), show(expected, shownExpected));
}
