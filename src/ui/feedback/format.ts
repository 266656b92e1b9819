/** A number as feedback shows it: 4 significant figures, a true minus sign. */
export function formatNumber(value: number | null): string {
  if (value === null || Number.isNaN(value)) return 'undefined';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  return String(Number(value.toPrecision(4))).replace('-', '−');
}

const GREEK: Record<string, string> = { gamma: 'γ', alpha: 'α', pt: 'pₜ' };

/** A sample point as `x = 1.37, γ = 2.1`. */
export function formatPoint(point: Record<string, number>): string {
  return Object.entries(point)
    .map(([name, value]) => `${GREEK[name] ?? name} = ${formatNumber(value)}`)
    .join(', ');
}

/** Option letters or line numbers of a line-protocol answer (`a,c`, `41, 44`). */
export function answerItems(answer: string): string[] {
  return answer
    .split(/[\s,]+/)
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
}
