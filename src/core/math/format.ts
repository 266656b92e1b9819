/** Numbers and points as messages show them: 6 significant figures, pretty variable names. */
import { prettyName } from './pretty.js';

export function formatValue(value: number | null | undefined, digits = 6): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'undefined';
  return String(Number(value.toPrecision(digits)));
}

/**
 * Two values that differ, each with as many significant figures (6 to 17) as it takes for
 * the printed forms to differ too: 1.0000000002 against 1, not "1" against "1".
 */
export function formatPair(a: number | null | undefined, b: number | null | undefined): [string, string] {
  for (let digits = 6; ; digits++) {
    const pair: [string, string] = [formatValue(a, digits), formatValue(b, digits)];
    if (pair[0] !== pair[1] || digits >= 17) return pair;
  }
}

/** A coordinate: short when 6 figures say exactly what it is, every digit otherwise (pt = 0.9999999999999). */
function formatCoordinate(value: number): string {
  if (!Number.isFinite(value)) return 'undefined';
  const short = Number(value.toPrecision(6));
  return short === value ? String(short) : String(value);
}

/** `x = 1.37, γ = 2.1`, with derived values after it in parentheses: `(pₜ = 0.797)`. */
export function describePoint(point: Record<string, number>, derived: Record<string, number> = {}): string {
  const list = (values: Record<string, number>) =>
    Object.entries(values)
      .map(([name, value]) => `${prettyName(name)} = ${formatCoordinate(value)}`)
      .join(', ');
  const main = list(point) || 'any point';
  const extra = list(derived);
  return extra ? `${main} (${extra})` : main;
}
