/** Numbers and points as messages show them: 6 significant figures, pretty variable names. */
import { prettyName } from './pretty.js';

export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'undefined';
  return String(Number(value.toPrecision(6)));
}

/** `x = 1.37, γ = 2.1`, with derived values after it in parentheses: `(pₜ = 0.797)`. */
export function describePoint(point: Record<string, number>, derived: Record<string, number> = {}): string {
  const list = (values: Record<string, number>) =>
    Object.entries(values)
      .map(([name, value]) => `${prettyName(name)} = ${formatValue(value)}`)
      .join(', ');
  const main = list(point) || 'any point';
  const extra = list(derived);
  return extra ? `${main} (${extra})` : main;
}
