// Everything a drill session needs before its first question, as one module: one dynamic
// import instead of a dozen, so the bundle keeps them in a few chunks where each was split
// into chunks of its own (every chunk is a file found, read and linked before the first paint).
export { loadBank } from '../core/bank/bank.js';
export { defaultCacheDir } from '../core/bank/cache.js';
export { createDrillSession } from '../core/session/session.js';
export { deferredGrading } from '../core/session/deferred-grading.js';
export { planActive, planMasteryHorizon, daysLeft } from '../core/plan/plan.js';
export { SqliteProgressStore, systemClock } from '../store/index.js';
export { claimLatestUnfinished, thisProcess } from '../store/resume.js';
export { storeError } from '../store/open.js';
export { loadPlan } from '../store/plan.js';
export { paintFirstQuestion } from './first-frame.js';
