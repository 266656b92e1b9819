import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
const DECK = '/work/deck-fix/questions/focal-loss/';
const qs: any[] = readdirSync(DECK).filter(n => n.endsWith('.yaml') && n !== 'pack.yaml').flatMap(n => (parse(readFileSync(DECK + n, 'utf8')) as any).questions);
function norm(t: string): string {
  let s = t.replace(/\s+/g, '').replace(/[−–]/g, '-').replace(/[·×*]/g, '').replace(/σ/g, 'sigmoid').replace(/γ/g, 'gamma').replace(/α/g, 'alpha').replace(/β/g, 'beta').replace(/ε/g, 'eps').replace(/pₜ/g, 'pt').replace(/²/g, '^2').replace(/\bln/g, 'log');
  s = s.replace(/(?<![A-Za-z])e\^\(/g, 'exp(').replace(/(?<![A-Za-z])e\^([A-Za-z0-9])/g, 'exp($1)');
  for (let i = 0; i < 3; i++) s = s.replace(/softplus\(([^()]*)\)/g, 'log(1+exp($1))');
  for (let i = 0; i < 3; i++) s = s.replace(/\(([A-Za-z0-9_.-]+)\)/g, '$1');
  return s;
}
const shown = (q: any, lang: string) => [q.prompt[lang], ...(q.options ?? []).map((o: any) => o.text[lang]), ...(q.hint ? [q.hint[lang]] : [])];
for (const q of qs.filter(q => q.kind === 'expression' || q.kind === 'derivation')) {
  const ans = q.kind === 'expression' ? q.answer : q.goal;
  const a = norm(ans);
  const own = q.kind === 'derivation' && norm(q.prompt.en).includes(a);
  for (const o of qs) { if (o.id === q.id) continue;
    for (const lang of ['en','zh']) for (const t of shown(o, lang)) if (norm(t).includes(a)) console.log(`${q.id}${own?' (own prompt prints it)':''} [${ans}] in ${o.id} ${lang}: ${t.slice(0,150)}`);
  }
}
