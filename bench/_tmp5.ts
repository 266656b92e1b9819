import { checkEquivalence } from '../src/core/math/index.js';
const cpu = (f: () => unknown, n: number) => { for (let i = 0; i < 20; i++) f(); const ts: number[] = []; for (let i = 0; i < n; i++) { const s = process.cpuUsage(); f(); const u = process.cpuUsage(s); ts.push((u.user + u.system) / 1000); } ts.sort((a, b) => a - b); return { p50: ts[n >> 1], p99: ts[Math.floor(n * 0.99)] }; };
const FL = '-(1-pt)^gamma*log(pt)', FR = '(1-pt)^gamma*log(1/pt)';
let k = 0;
console.log('FL', cpu(() => checkEquivalence(FL + ' '.repeat(k++ % 1000), FR), 300));
console.log('FL wrong', cpu(() => checkEquivalence(FL + ' '.repeat(k++ % 1000), '(1-pt)^gamma*log(pt)'), 100));
console.log('narrow', cpu(() => checkEquivalence('x', 'x + max(0, 0.001 - abs(x - 0.37))'), 100));
let hits = 0; for (let c = 0; c < 100; c++) { const r = checkEquivalence('x', `x + max(0, 0.001 - abs(x - ${(c * 0.1913 - 9.5).toFixed(4)}))`); if (r.ok && !r.value.equivalent) hits++; } console.log('narrow hits /100', hits);
hits = 0; for (let c = 0; c < 100; c++) { const r = checkEquivalence('pt*(1-pt)^gamma', `pt*(1-pt)^gamma + max(0, 0.001 - abs(gamma - ${(c * 0.0491 + 0.05).toFixed(4)}))`); if (r.ok && !r.value.equivalent) hits++; } console.log('narrow 2d hits /100', hits);
