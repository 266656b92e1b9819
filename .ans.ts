import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
const DECK = '/work/deck-fix/questions/focal-loss/';
const qs: any[] = readdirSync(DECK).filter(n => n.endsWith('.yaml') && n !== 'pack.yaml').flatMap(n => (parse(readFileSync(DECK + n, 'utf8')) as any).questions);
for (const q of qs.filter(q => q.kind === 'expression' || q.kind === 'derivation')) console.log(q.kind, q.id, '| answer:', q.answer ?? '', '| goal:', q.goal ?? '', q.goalRelation ?? '', '| start:', q.start ?? '');
console.log(Object.keys(qs.reduce((a: any,q: any)=>(a[q.kind]=1,a),{})));
