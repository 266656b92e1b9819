/** A proportion as a bar of `width` cells: `███░░░░░░░` for 0.3. */
export function bar(value: number, width = 10): string {
  const filled = Math.round(Math.max(0, Math.min(1, value)) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}
