import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const FOCAL_BIN = fileURLToPath(new URL('../bin/focal.js', import.meta.url));

/** The focal-loss gradient derivation, five steps: the typical document a learner checks. */
export const DERIVATION = `where: x in [-6, 6], gamma in [0, 5]
let: pt = sigmoid(x)
-(1-pt)^gamma*log(pt)
= (1-pt)^gamma*log(1/pt)
d/dx = gamma*(1-pt)^(gamma-1)*pt*(1-pt)*log(pt) - (1-pt)^gamma*(1-pt)
= (1-pt)^gamma*(gamma*pt*log(pt) - (1-pt))
= (1-pt)^gamma*(gamma*pt*log(pt) + pt - 1)
`;

/**
 * Forty terms 1 − erf(x + k/10) against the same written as erf(−x − k/10) + 1 on [5, 18], where
 * float64 cannot tell them apart anywhere past x ≈ 6: every point judged needs erf at 56 and 240
 * digits, forty times over. The work limit of one check (PRECISE_WORK) is what bounds it.
 */
const TAIL_TERMS = 40;
export const HIGH_PRECISION_PAIR = {
  a: Array.from({ length: TAIL_TERMS }, (_, k) => `(1-erf(x+${k / 10}))`).join('+'),
  b: Array.from({ length: TAIL_TERMS }, (_, k) => `(erf(-x-${k / 10})+1)`).join('+'),
  where: 'x in [5, 18]',
};

/** One figure of the report. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The target as the issue states it, e.g. "≤ 2× node". */
  target?: string;
  pass?: boolean;
}

export interface BenchContext {
  /** Median wall time of `node -e 0` measured at the start of this run. */
  nodeBaselineMs: number;
}

export type Bench = (context: BenchContext) => Promise<BenchRow[]>;

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Median wall time of a whole process, spawned `runs` times. */
export function timeProcess(command: string, args: string[], runs = 15, env: NodeJS.ProcessEnv = process.env): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(command, args, { stdio: 'ignore', env });
    times.push(performance.now() - start);
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
    }
  }
  return median(times);
}

/** Times `fn` over `runs` calls after a warm-up, returning every duration in ms. */
export function sampleTimes(fn: () => unknown, runs: number, warmup = Math.min(20, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * Like sampleTimes, in CPU time (user + system) of this process: on a shared machine the
 * wall-clock tail is mostly time spent descheduled.
 */
export function sampleCpuTimes(fn: () => unknown, runs: number, warmup = Math.min(20, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times;
}

export function ratioRow(name: string, ms: number, baseline: number, maxRatio: number): BenchRow {
  const ratio = ms / baseline;
  return { name: `${name} (${ms.toFixed(0)} ms)`, value: ratio, unit: '× node', target: `≤ ${maxRatio}× node`, pass: ratio <= maxRatio };
}

export function maxRow(name: string, value: number, unit: string, max: number): BenchRow {
  return { name, value, unit, target: `≤ ${max} ${unit}`, pass: value <= max };
}
