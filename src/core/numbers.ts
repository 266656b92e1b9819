// How numbers are written, everywhere: the drill, the graders' messages, `loss`, `eval`, the
// plot and the placeholders of a question. Each rounds to significant figures and drops float
// noise and trailing zeros (0.30000000000000004 → 0.3); they differ only in the figures kept
// and in how a missing or non-finite value reads.

/** `value` with at most `digits` significant figures (12 by default); Infinity and NaN by name. */
export function formatNumber(value: number, digits = 12): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(digits)));
}

/** A computed value in a message: 6 significant figures by default, "undefined" where it has none. */
export function formatValue(value: number | null | undefined, digits = 6): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'undefined';
  return formatNumber(value, digits);
}

/** A value as the learner reads it: binary noise dropped first, then 7 significant figures (976.5625, 0.1053605). */
export function displayValue(value: number): string {
  if (!Number.isFinite(value)) return formatValue(value);
  return formatNumber(Number(value.toPrecision(12)), 7);
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
