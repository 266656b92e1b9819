import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
const DECK = '/work/deck-fix/questions/focal-loss/';
const qs: any[] = readdirSync(DECK).filter(n => n.endsWith('.yaml') && n !== 'pack.yaml').flatMap(n => (parse(readFileSync(DECK + n, 'utf8')) as any).questions);
const PAREN = /(?:^|(?<=[\s\p{Script=Han}，、：；]))\(([^()]*)\)(?![\^²³[(]|\*\*|\.\w)|（([^（）]*)）/gu;
function parens(t: string) { return [...t.matchAll(PAREN)].map(m => m[1] ?? m[2]).filter(c => /[A-Za-z]{2}|\p{Script=Han}/u.test(c) ); }
for (const q of qs.filter(q => q.kind === 'single' || q.kind === 'multiple')) for (const lang of ['en','zh']) {
  const withP = q.options.map((o: any) => parens(o.text[lang]).length > 0);
  const keyP = q.options.some((o: any, i: number) => o.correct && withP[i]);
  const decoyP = q.options.some((o: any, i: number) => !o.correct && withP[i]);
  if (keyP && !decoyP) console.log(q.id, lang, q.options.filter((o:any,i:number)=>withP[i]).map((o:any)=>parens(o.text[lang])).join(' | '));
}
