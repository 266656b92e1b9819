import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
const DECK = '/work/deck-fix/questions/focal-loss/';
const qs: any[] = readdirSync(DECK).filter(n => n.endsWith('.yaml') && n !== 'pack.yaml').flatMap(n => (parse(readFileSync(DECK + n, 'utf8')) as any).questions);
const choice = qs.filter(q => q.kind === 'single' || q.kind === 'multiple');
const ABS = /\b(always|never|only|must|exactly|every|all|any|cannot|none|no|whatever|entirely|whenever|identical|same)\b/i;
let k = 0, kn = 0, d = 0, dn = 0;
for (const q of choice) for (const o of q.options) { if (o.correct) { kn++; if (ABS.test(o.text.en)) k++; } else { dn++; if (ABS.test(o.text.en)) d++; } }
console.log(`absolute words: keys ${k}/${kn}, decoys ${d}/${dn}`);
const STOP = new Set('the a an of and or to in on is are with for by its it as at be from that this which what does do how why when than so not into each their them they more most'.split(' '));
const words = (t: string) => new Set(t.toLowerCase().match(/[a-z][a-z0-9_-]{3,}/g)?.filter(w => !STOP.has(w)) ?? []);
for (const q of choice) {
  const stem = words(q.prompt.en);
  const keyWords = q.options.filter((o: any) => o.correct).map((o: any) => [...words(o.text.en)].filter(w => stem.has(w)));
  const decoyShared = new Set(q.options.filter((o: any) => !o.correct).flatMap((o: any) => [...words(o.text.en)].filter(w => stem.has(w))));
  const only = [...new Set(keyWords.flat())].filter(w => !decoyShared.has(w));
  if (only.length) console.log('stem-word only in key:', q.id, only.join(','));
}
// punctuation style cues: key only option with ';' or ':' 
for (const q of choice) for (const lang of ['en','zh']) for (const [name, re] of [['semicolon', /[;；]/], ['colon', /[:：]/], ['digit', /\d/], ['Table', /Table|表 ?\d/]] as const) {
  const has = q.options.map((o: any) => re.test(o.text[lang]));
  if (has.some((h: boolean, i: number) => h && q.options[i].correct) && !has.some((h: boolean, i: number) => h && !q.options[i].correct)) console.log(`${name} only in key:`, q.id, lang);
}
console.log('---- rates');
for (const [name, re] of [['abs', ABS], ['semicolon', /;/], ['colon', /:/], ['because/since', /\b(because|since|so that|so)\b/], ['digit', /\d/]] as const) {
  let k = 0, kn = 0, d = 0, dn = 0;
  for (const q of choice) for (const o of q.options) { if (o.correct) { kn++; if (re.test(o.text.en)) k++; } else { dn++; if (re.test(o.text.en)) d++; } }
  console.log(`${name}: keys ${k}/${kn} = ${(k/kn).toFixed(2)}, decoys ${d}/${dn} = ${(d/dn).toFixed(2)}`);
}
console.log('---- single: all decoys absolute, key not');
for (const q of choice.filter(q => q.kind === 'single')) {
  const key = q.options.find((o: any) => o.correct);
  const dec = q.options.filter((o: any) => !o.correct);
  const nAbs = dec.filter((o: any) => ABS.test(o.text.en)).length;
  if (!ABS.test(key.text.en) && nAbs >= 2) console.log(q.id, `${nAbs}/${dec.length}`, dec.filter((o: any) => ABS.test(o.text.en)).map((o: any) => o.text.en.match(ABS)[0]).join(','));
}
