import { seededRandom } from '../random.js';
import type { ParamSpec } from './types.js';

/** Digits after the decimal point needed to write `value` exactly (0.05 → 2, 1e-3 → 3). */
function decimalsOf(value: number): number {
  const text = String(value);
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Number(exponent[1]) + (text.split('e')[0]!.split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

/** Every value a parameter can take, in order, written without float noise (0.8, not 0.8000000000000002). */
export function paramValues(spec: ParamSpec): number[] {
  if ('values' in spec) return [...spec.values];
  return Array.from({ length: gridSize(spec) }, (_, index) => gridValue(spec, index));
}

function gridValue(spec: { min: number; step: number }, index: number): number {
  const decimals = Math.min(15, Math.max(decimalsOf(spec.min), decimalsOf(spec.step)));
  return Number((spec.min + index * spec.step).toFixed(decimals));
}

/** Points of the grid min, min + step, … ≤ max (a hair of rounding slack so 0.99 is reached). */
export function gridSize(spec: { min: number; max: number; step: number }): number {
  if (!(spec.step > 0) || spec.max < spec.min) return 0;
  return Math.floor((spec.max - spec.min) / spec.step + 1e-9) + 1;
}

export function paramCount(spec: ParamSpec): number {
  return 'values' in spec ? spec.values.length : gridSize(spec);
}

/** Draws every parameter (in declaration order) from the PRNG seeded with `seed`. */
export function drawParams(params: Record<string, ParamSpec>, seed: number): Record<string, number> {
  const random = seededRandom(seed);
  const drawn: Record<string, number> = {};
  for (const [name, spec] of Object.entries(params)) {
    const count = paramCount(spec);
    const index = Math.min(count - 1, Math.floor(random() * count));
    drawn[name] = 'values' in spec ? spec.values[index]! : gridValue(spec, index);
  }
  return drawn;
}

/**
 * The parameter sets a validator should try: all combinations when there are at most
 * `limit`, otherwise `limit` sets drawn from fixed seeds 1…limit (deterministic).
 */
export function parameterSets(params: Record<string, ParamSpec>, limit = 200): Record<string, number>[] {
  const names = Object.keys(params);
  const total = names.reduce((product, name) => product * paramCount(params[name]!), 1);
  if (total > limit) return Array.from({ length: limit }, (_, index) => drawParams(params, index + 1));
  let sets: Record<string, number>[] = [{}];
  for (const name of names) {
    const values = paramValues(params[name]!);
    sets = sets.flatMap((set) => values.map((value) => ({ ...set, [name]: value })));
  }
  return sets;
}
