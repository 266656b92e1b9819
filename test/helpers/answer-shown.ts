import type { Question } from '../../src/core/bank/types.js';

/**
 * Answers a question as line mode shows it, right or wrong, the way a learner who knows (or does
 * not know) the deck would: the question is recognised by its prompt (a parametric one by its
 * prompt's pattern, which gives the drawn parameters), and the lines to type are built from the
 * pack's own answer data, independently of the grader.
 */
export interface Shown {
  question: Question;
  params: Record<string, string>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The question whose prompt appears in `block` (the text from the stage line to `answer> `). */
export function recognise(block: string, questions: readonly Question[], lang: 'en' | 'zh' = 'en'): Shown {
  const found: Shown[] = [];
  for (const question of questions) {
    const names: string[] = [];
    const pattern = question.prompt[lang]
      .split(/(\{=[^{}]+\}|\{[A-Za-z_]\w*\})/)
      .map((part) => {
        if (/^\{=/.test(part)) return '.+?';
        const name = /^\{([A-Za-z_]\w*)\}$/.exec(part)?.[1];
        if (name) {
          if (names.includes(name)) return `\\k<${name}>`;
          names.push(name);
          return `(?<${name}>[-+0-9.e]+)`;
        }
        return escape(part);
      })
      .join('');
    const match = new RegExp(pattern, 's').exec(block);
    if (match) found.push({ question, params: { ...match.groups } });
  }
  if (found.length !== 1) throw new Error(`${found.length} questions match the text shown:\n${block}\n${found.map((entry) => entry.question.id).join(', ')}`);
  return found[0]!;
}

/** An expression of the parameters with their shown values put in. */
function filled(expression: string, params: Record<string, string>): string {
  return expression.replace(/[A-Za-z_]\w*/g, (name) => (name in params ? `(${params[name]})` : name));
}

/** The letters `block` shows the options for which `pick` holds with. */
function letters(block: string, question: Question, lang: 'en' | 'zh', pick: (correct: boolean) => boolean): string {
  if (question.kind !== 'single' && question.kind !== 'multiple') throw new Error('not a choice question');
  return question.options
    .filter((option) => pick(option.correct))
    .map((option) => {
      const shown = new RegExp(`\\n  ([a-z])\\) ${escape(option.text[lang])}\\n`).exec(block);
      if (!shown) throw new Error(`option "${option.text[lang]}" is not shown:\n${block}`);
      return shown[1]!;
    })
    .sort()
    .join(',');
}

/** The lines that answer the shown question right (`right`) or wrong, the self-grade of a free answer included. */
export function answerLines({ question, params }: Shown, block: string, right: boolean, lang: 'en' | 'zh' = 'en'): string[] {
  switch (question.kind) {
    case 'single':
      return [letters(block, question, lang, (correct) => correct === right).split(',')[0]!];
    case 'multiple':
      return [letters(block, question, lang, (correct) => correct === right)];
    case 'numeric':
    case 'expression':
      return [filled(right ? question.answer : question.wrongAnswers[0]!, params)];
    case 'derivation':
      return [...(right ? question.model : question.wrongAnswers[0]!).split('\n').filter((line) => line.trim() !== ''), ''];
    case 'free':
      return right ? [question.model[lang].replace(/\n/g, ' '), '4'] : ['I do not remember.', '1'];
    case 'code-review': {
      const wrong = question.decoys[0]?.line ?? [...Array(question.code.split('\n').length).keys()].map((index) => index + 1).find((line) => !question.bugs.some((bug) => bug.line === line))!;
      return [right ? question.bugs.map((bug) => bug.line).join(',') : String(wrong)];
    }
  }
}
