// How the deck is written, checked over every question: sources a learner can look up and no internal
// document names; Chinese reductions that cannot be read two ways; 焦点损失（Focal Loss） glossed at
// its first mention; and choice options that give nothing away by their length or by letters.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECK, loadDeck, type Lang, type RawQuestion } from './deck-helpers.js';

const FILES = readdirSync(DECK)
  .filter((name) => name.endsWith('.yaml') && name !== 'pack.yaml')
  .map((name) => name.replace(/\.yaml$/, ''));
const { questions } = loadDeck(FILES);

/** A question's texts in one language, in the order a learner meets them: prompt, options, hint, then the rest. */
function textsInOrder(q: RawQuestion, lang: Lang): string[] {
  const model = q.model && typeof q.model !== 'string' ? [q.model[lang]] : [];
  return [
    q.prompt[lang],
    ...(q.options ?? []).map((option) => option.text[lang]),
    ...(q.hint ? [q.hint[lang]] : []),
    q.explanation[lang],
    ...(q.options ?? []).flatMap((option) => (option.why ? [option.why[lang]] : [])),
    ...model,
    ...(q.keyPoints ?? []).map((point) => point[lang]),
    ...[...(q.bugs ?? []), ...(q.decoys ?? [])].map((line) => line.why[lang]),
  ];
}

describe('sources and names', () => {
  // Names that mean something only inside the project, in any file of the deck (texts, sources, comments, snippet).
  const INTERNAL = /seed (article|snippet|note|document|code)|the seed['’]s|facts? sheet|种子(文章|代码|笔记)|事实表/i;

  it('no file of the deck uses an internal document name', () => {
    const files = [...readdirSync(DECK).filter((name) => name.endsWith('.yaml')), ...readdirSync(`${DECK}snippets`).map((name) => `snippets/${name}`)];
    for (const file of files) {
      readFileSync(`${DECK}${file}`, 'utf8')
        .split('\n')
        .forEach((line, index) => expect(INTERNAL.test(line), `${file}:${index + 1}: ${line.trim()}`).toBe(false));
    }
  });

  it('every source names something a learner can look up: the paper, a paper or its code, the blog note by title, or the HeyLynne repository', () => {
    const LOOKUP = /paper §|paper (Table|appendix|Figure)|《AI面试第四弹\(CV常问loss之focal loss\)》|github\.com\/HeyLynne\/FocalLoss_for_multiclass|\.py|\(Caffe2\)|arXiv|CVPR|ICCV|NeurIPS|ICLR|AAAI|\d{4}\)|documentation/;
    for (const q of questions) {
      const source = (q as unknown as { source: string }).source;
      expect(source, q.id).toMatch(LOOKUP);
      if (/blog note/.test(source)) expect(source, q.id).toContain('《AI面试第四弹(CV常问loss之focal loss)》');
    }
  });
});

describe('paper claims cite the section that makes them', () => {
  // Where the paper states each claim: a question stating it cites that section in its source (or next to the claim).
  const CLAIMS = [
    { claim: 'RetinaNet is robust to γ ∈ [0.5, 5]', states: /robust(ness)? (for|to) γ|γ ∈ \[0\.5, 5\] robustness/, section: /§4\.1/ },
    { claim: 'the best α falls as γ rises', states: /best α falls as γ rises|retune α/, section: /§4\.1|§5\.1/ },
    { claim: 'training without the prior initialisation diverges', states: /\bdiverges\b/, section: /§5\.1/ },
    { claim: 'focal loss against OHEM (Table 1d)', states: /Table 1d|best OHEM/, section: /§5\.1/ },
  ];

  it.each(CLAIMS)('$claim', ({ states, section }) => {
    const stating = questions.filter((q) => textsInOrder(q, 'en').some((text) => states.test(text)));
    expect(stating.length).toBeGreaterThan(0);
    for (const q of stating) {
      const source = (q as unknown as { source: string }).source;
      const citedInline = textsInOrder(q, 'en').some((text) => states.test(text) && section.test(text));
      expect(section.test(source) || citedInline, `${q.id}: ${source}`).toBe(true);
    }
  });

  it('γ robustness is not cited as §3.2 alone', () => {
    for (const q of questions.filter((x) => textsInOrder(x, 'en').some((text) => /robust(ness)? (for|to) γ/.test(text)))) {
      expect((q as unknown as { source: string }).source, q.id).not.toMatch(/^paper §3\.2$/);
    }
  });
});

describe('Chinese wording', () => {
  /**
   * "小/低/缩小 N 倍" reads as B/N or as B/(N + 1) in standard Chinese: write "降为原来的 1/N" or
   * "交叉熵是焦点损失的 N 倍". The one exception is the wrong note itself, quoted (“降低 0.25 倍”), in
   * the one question that teaches it: any other question names the mistake in unambiguous words.
   */
  const QUOTES_THE_WRONG_NOTE = new Set(['misconceptions-reduced-quarter']);
  const AMBIGUOUS = /(?:缩小|降低|减小|减少|削减|小|低|少)[了约得的]*\s*(?:约|大约|恰好|至多|最多|只)?\s*(?:\{[^}]*\}|[\d.,]+|[一二两三四五六七八九十百千万]+|ln 10 ≈ [\d.]+|多少|几)\s*倍/g;
  const QUOTED_WRONG_NOTE = /“[^”]*0\.25 倍[^”]*”/g;

  it('no reduction is written as “小/低/缩小 N 倍” outside the wrong note quoted by the question that teaches it', () => {
    const found: string[] = [];
    for (const q of questions) {
      for (const text of textsInOrder(q, 'zh')) {
        const unquoted = QUOTES_THE_WRONG_NOTE.has(q.id) ? text.replace(QUOTED_WRONG_NOTE, '“…”') : text;
        for (const match of unquoted.matchAll(AMBIGUOUS)) found.push(`${q.id}: …${unquoted.slice(Math.max(0, match.index - 12), match.index + match[0].length)}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('the pattern the check looks for is the ambiguous one (it flags the forms the deck used to write)', () => {
    for (const sample of ['损失小 10000 倍', '约低 31 倍', '缩小 {=2^g} 倍', '小 ln 10 ≈ 2.303 倍', '焦点损失比交叉熵小多少倍', '已经减小了 100 倍', '损失小一百倍', '降低了四倍']) {
      expect(sample.match(AMBIGUOUS), sample).not.toBeNull();
    }
    for (const sample of ['降为原来的 1/4', '交叉熵是焦点损失的 100 倍', '约为 CE 梯度的 1.07 倍']) expect(sample.match(AMBIGUOUS), sample).toBeNull();
    expect('笔记写道：“只比交叉熵降低了 0.25 倍”'.replace(QUOTED_WRONG_NOTE, '“…”').match(AMBIGUOUS)).toBeNull();
  });

  it('the wrong note is quoted in the question that teaches it, and in no other', () => {
    const quoting = questions.filter((q) => textsInOrder(q, 'zh').some((text) => text.match(QUOTED_WRONG_NOTE) !== null));
    expect(quoting.map((q) => q.id)).toEqual([...QUOTES_THE_WRONG_NOTE]);
  });

  it('numbers-misclassified-max-downweight-param names the 0.25-versus-4 mistake without the ambiguous form', () => {
    const zh = textsInOrder(questions.find((q) => q.id === 'numbers-misclassified-max-downweight-param')!, 'zh').join('\n');
    expect(zh.match(AMBIGUOUS)).toBeNull();
    expect(zh).toContain('降为交叉熵的 1/4');
  });

  it('焦点损失 is glossed 焦点损失（Focal Loss） at its first mention in a question', () => {
    const unglossed: string[] = [];
    for (const q of questions) {
      const first = textsInOrder(q, 'zh').find((text) => text.includes('焦点损失'));
      if (first === undefined) continue;
      const at = first.indexOf('焦点损失');
      if (!first.startsWith('焦点损失（Focal Loss）', at)) unglossed.push(`${q.id}: ${first.slice(Math.max(0, at - 10), at + 12)}`);
    }
    expect(unglossed).toEqual([]);
  });
});

describe('choice options give nothing away', () => {
  const choice = questions.filter((q) => q.kind === 'single' || q.kind === 'multiple');
  const width = (text: string) => [...text].length;

  it('the correct option is the longest in at most a third of the choice questions (each language)', () => {
    for (const lang of ['en', 'zh'] as const) {
      const longestCorrect = choice.filter((q) => {
        const lengths = q.options!.map((option) => width(option.text[lang]));
        const longest = Math.max(...lengths);
        return q.options!.some((option, index) => option.correct === true && lengths[index] === longest);
      });
      expect(longestCorrect.length, `${lang}: ${longestCorrect.map((q) => q.id).join(', ')}`).toBeLessThanOrEqual(Math.floor(choice.length / 3));
    }
  });

  it('misconceptions-gamma2-comparison: the key carries no parenthetical that gives it away and is not the longest option', () => {
    const q = questions.find((x) => x.id === 'misconceptions-gamma2-comparison')!;
    for (const lang of ['en', 'zh'] as const) {
      const key = q.options!.find((option) => option.correct)!.text[lang];
      expect(key, lang).not.toMatch(/[(（]/);
      expect(width(key), lang).toBeLessThan(Math.max(...q.options!.map((option) => width(option.text[lang]))));
    }
  });

  /**
   * The parenthetical asides of a text: "(36.0 AP)", "（硬阈值）", "(−inf)", "（Focal Loss）". Brackets of
   * mathematics or code are not asides: a group right after a name or another bracket (σ(x), log((1 − π)/π)),
   * one followed by a power or a method ((1 − pₜ)^γ, (…).sum()), or one with no two-letter word ((1 − pₜ)).
   */
  function asides(text: string): string[] {
    const BRACKETED = /(?:^|(?<=[\s\p{Script=Han}，、：；]))\(([^()]*)\)(?![\^²³[(]|\*\*|\.\w)|（([^（）]*)）/gu;
    return [...text.matchAll(BRACKETED)].map((match) => match[1] ?? match[2]!).filter((inside) => /[A-Za-z]{2}|\p{Script=Han}/u.test(inside));
  }

  it('asides are told from the brackets of mathematics and code', () => {
    for (const aside of ['trained with γ = 2 (36.0 AP) was', 'NaN: 0 · (−inf).', '损失恰为零（硬阈值）。', '焦点损失（Focal Loss）', '(mean 2.3)']) expect(asides(aside), aside).toHaveLength(1);
    for (const math of ['(1 − pₜ)^γ', 'σ(−x)', '−log((1 − π)/π)', '(F.one_hot(target, C) * log_p).sum(dim=1)', 'ratio (1 − pₜ)² at', 'FL = −(1 − pₜ) log pₜ']) expect(asides(math), math).toEqual([]);
  });

  it('no key is singled out by a parenthetical aside: where a correct option carries one, so does a wrong one (each language)', () => {
    const marked: string[] = [];
    for (const q of choice) {
      for (const lang of ['en', 'zh'] as const) {
        const withAside = q.options!.filter((option) => asides(option.text[lang]).length > 0);
        if (withAside.some((option) => option.correct) && !withAside.some((option) => !option.correct)) {
          marked.push(`${q.id} (${lang}): ${withAside.map((option) => option.text[lang]).join(' | ')}`);
        }
      }
    }
    expect(marked).toEqual([]);
  });

  it('no key is singled out by a second clause after a colon or semicolon: where a correct option has one, so does a wrong one (each language)', () => {
    // "X; Y" and "X: Y" read as an answer with its reason attached; a ratio such as 1:3 is not a clause.
    const CLAUSE = /;\s|:\s|[；：]/;
    const marked: string[] = [];
    for (const q of choice) {
      for (const lang of ['en', 'zh'] as const) {
        const withClause = q.options!.filter((option) => CLAUSE.test(option.text[lang]));
        if (withClause.some((option) => option.correct) && !withClause.some((option) => !option.correct)) {
          marked.push(`${q.id} (${lang}): ${withClause.map((option) => option.text[lang]).join(' | ')}`);
        }
      }
    }
    expect(marked).toEqual([]);
  });

  it('no key is the only option free of absolute words (always, never, only, every…), which test-wise learners strike out', () => {
    // Checked in English; the Chinese says the same thing.
    const ABSOLUTE = /\b(?:always|never|only|must|exactly|every|all|any|cannot|none|no|whatever|whenever|entirely|identical)\b/i;
    const marked = choice.filter((q) => {
      const free = q.options!.filter((option) => !ABSOLUTE.test(option.text.en));
      return free.length > 0 && free.every((option) => option.correct) && q.options!.some((option) => !option.correct);
    });
    expect(marked.map((q) => q.id)).toEqual([]);
  });

  /** Choice questions whose gloss of 焦点损失 may stand in an option: the options are method names, most of them glossed. */
  const GLOSSED_IN_AN_OPTION = new Set(['relatives-outlier-downweighting']);

  it('a choice question that names 焦点损失 in its options glosses it in its prompt, so the gloss marks no option', () => {
    const glossedOption: string[] = [];
    for (const q of choice.filter((x) => !GLOSSED_IN_AN_OPTION.has(x.id))) {
      if (q.options!.some((option) => option.text.zh.includes('焦点损失（Focal Loss）'))) glossedOption.push(q.id);
    }
    expect(glossedOption).toEqual([]);
  });

  it('texts never point at an option by its letter, since options are shuffled per instance', () => {
    const LETTER = /\b(?:option|options|answer|choice)\s+\(?[a-f]\)?(?:\b|,)|(?:^|[\s，。；])\([a-f]\)|选项\s*[a-fA-F]\b|\b[a-f] 和 [a-f]\b/;
    for (const q of choice) {
      for (const lang of ['en', 'zh'] as const) {
        for (const text of textsInOrder(q, lang)) expect(LETTER.test(text), `${q.id} (${lang}): ${text}`).toBe(false);
      }
    }
  });
});
