/** Numbers and points as messages show them: 6 significant figures, pretty variable names. */
import { prettyName } from './pretty.js';

export { formatPair, formatValue } from '../numbers.js';

/** A coordinate: short when 6 figures say exactly what it is, every digit otherwise (pt = 0.9999999999999). */
function formatCoordinate(value: number): string {
  if (!Number.isFinite(value)) return 'undefined';
  const short = Number(value.toPrecision(6));
  return short === value ? String(short) : String(value);
}

/**
 * `x = 1.37, γ = 2.1`, with derived values after it in parentheses: `(pₜ = 0.797)`; empty for
 * a point without coordinates (the caller says "any point" in its language).
 */
export function describePoint(point: Record<string, number>, derived: Record<string, number> = {}): string {
  const list = (values: Record<string, number>) =>
    Object.entries(values)
      .map(([name, value]) => `${prettyName(name)} = ${formatCoordinate(value)}`)
      .join(', ');
  const main = list(point);
  const extra = list(derived);
  if (!main) return '';
  return extra ? `${main} (${extra})` : main;
}
