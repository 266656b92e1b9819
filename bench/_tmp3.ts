import { checkEquivalence } from '../src/core/math/index.js';
import { preciseStats } from '../src/core/math/pointwise.js';
checkEquivalence('x', 'x+0^0.5');
const show = (a: string, b: string, where?: string) => { preciseStats.evaluations = 0; preciseStats.retries = 0; const t = performance.now(); const r = checkEquivalence(a, b, where ? { where } : {}); const ms = performance.now() - t; console.log(a, '|', b, '|', where ?? '', '=>', JSON.stringify(r.ok ? { eq: r.value.equivalent, ce: r.value.counterexample, n: r.value.samples } : r.error), ms.toFixed(1) + 'ms', JSON.stringify(preciseStats)); };
for (const line of process.argv.slice(2)) { const [a, b, w] = line.split('|'); show(a!, b!, w); }
