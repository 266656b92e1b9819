import { parseExpression } from '../src/core/math/sandbox.js';
for (const s of process.argv.slice(2)) { const r = parseExpression(s); console.log(JSON.stringify(s), '=>', r.ok ? JSON.stringify(r.value.expr).slice(0, 120) : JSON.stringify(r.error)); }
