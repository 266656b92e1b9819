import { Decimal } from 'decimal.js';
import { PreciseEvaluator } from '../src/core/math/precise.js';
import { parseExpression } from '../src/core/math/sandbox.js';
const time = (label: string, f: () => unknown, n = 20) => { f(); const t = performance.now(); let r; for (let i = 0; i < n; i++) r = f(); console.log(label, ((performance.now() - t) / n).toFixed(3), 'ms', typeof r === 'object' && r && 'v' in (r as any) ? (r as any).v.toString().slice(0, 30) : r); };
for (const digits of [64, 320]) {
  const D = Decimal.clone({ precision: digits });
  time(`exp(1000) ${digits}`, () => D.exp(1000));
  time(`exp(0.7) ${digits}`, () => D.exp(0.7));
  time(`exp(-45.3) ${digits}`, () => D.exp(-45.3));
  time(`ln(0.7) ${digits}`, () => D.ln(0.7));
  time(`ln(1e-30) ${digits}`, () => D.ln('1e-30'));
  time(`sin(3.3) ${digits}`, () => D.sin(3.3));
  for (const src of ['log(1-sigmoid(x))', '-softplus(x)', '42 + 1/exp(1000)']) {
    const e = parseExpression(src);
    if (!e.ok) throw 1;
    time(`${src} ${digits}`, () => { const scope = new Map(); const ev = new PreciseEvaluator(digits, scope); scope.set('x', ev.exact(45.3)); return ev.evaluate(e.value.expr); });
  }
}
