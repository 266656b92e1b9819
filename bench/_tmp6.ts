import { Decimal } from 'decimal.js';
const D = Decimal.clone({ precision: 60 });
const cpu = (label: string, f: () => unknown, n = 200) => { for (let i = 0; i < 5; i++) f(); const s = process.cpuUsage(); let r; for (let i = 0; i < n; i++) r = f(); const u = process.cpuUsage(s); console.log(label, ((u.user + u.system) / n).toFixed(1), 'us', String(r).slice(0, 64)); };
cpu('dec exp(0.7)', () => D.exp('0.7'));
cpu('dec ln(0.7)', () => D.ln('0.7'));
cpu('dec exp(-45.3)', () => D.exp('-45.3'));
// BigInt fixed point exp of a small r via Taylor after halving
const BITS = 224n;
const ONE = 1n << BITS;
function expFixed(r: bigint): bigint { // r scaled by ONE, |r| < 1
  const k = 8n; let y = r >> k; // r / 2^8
  let sum = ONE, term = ONE;
  for (let n = 1n; n < 60n; n++) { term = (term * y >> BITS) / n; if (term === 0n) break; sum += term; }
  for (let i = 0n; i < k; i++) sum = sum * sum >> BITS;
  return sum;
}
const LN2 = BigInt(new D(2).ln().times(new D(2).pow(224)).toFixed(0));
cpu('big exp(0.7)', () => { const x = BigInt(new D('0.7').times(new D(2).pow(224)).toFixed(0)); const kk = x / LN2; const r = x - kk * LN2; const v = expFixed(r); return new D(v.toString()).div(new D(2).pow(224)).times(new D(2).pow(Number(kk))); });
cpu('big exp core only', () => expFixed(BigInt(Math.round(0.35 * 2 ** 52)) << (BITS - 52n)));
cpu('dec times', () => new D('0.7123456789012345678901234567890123456789').times('1.3234234234234234234234234234234234234'));
cpu('dec div', () => new D('0.7123456789012345678901234567890123456789').div('1.3234234234234234234234234234234234234'));
cpu('dec toFixed', () => new D('0.7123456789012345678901234567890123456789').times(new D(2).pow(224)).toFixed(0));
