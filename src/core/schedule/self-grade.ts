/** A learner's own grade of a self-graded answer: 1 missed it, 2 partly, 3 mostly, 4 fully. */
export type SelfGrade = 1 | 2 | 3 | 4;

/** The self-grade `value` stands for (a number, or its digit as typed), or null when it is none. */
export function asSelfGrade(value: unknown): SelfGrade | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : value;
  return number === 1 || number === 2 || number === 3 || number === 4 ? number : null;
}
