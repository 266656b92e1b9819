import type { Lang } from '../i18n.js';
import type { CodeLine, QuestionInstance } from '../bank/types.js';
import { optionLabel } from './choice.js';
import { codeAt } from './code-review.js';
import { derivationExpected } from './derivation.js';
import { substituteParams } from './display.js';
import { expressionExpected } from './expression.js';
import { freeExpected } from './free.js';
import { letter, messages } from './messages.js';
import { expectedValue, numericExpected } from './numeric.js';

/**
 * The answer of a question instance, as data (for `questions show --json`: the number of a
 * numeric question, the kind's answer fields otherwise) and as the text a learner reads.
 */
export interface AnswerKey {
  data: unknown;
  text: string;
}

export function answerKey(instance: QuestionInstance, lang: Lang): AnswerKey {
  const question = instance.question;
  const params = instance.params;
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const correct = question.options.flatMap((option, index) => (option.correct ? [index] : []));
      const letters = correct.map(letter);
      return {
        data: question.kind === 'single' ? letters[0] : letters,
        text: correct.map((index) => optionLabel(question.options[index]!, index, lang)).join('\n'),
      };
    }
    case 'numeric':
      // 15 significant digits drop binary noise (0.024999999999999994 → 0.025) and nothing else.
      return { data: Number(expectedValue(question, params).toPrecision(15)), text: numericExpected(question, params) };
    case 'expression':
      return {
        data: { expression: substituteParams(question.answer, params), variables: question.variables, where: question.where ?? null },
        text: expressionExpected(question, params),
      };
    case 'derivation':
      return {
        data: {
          where: question.where ?? null,
          let: question.let,
          start: question.start,
          goal: question.goal,
          goalRelation: question.goalRelation ?? null,
          model: question.model,
        },
        text: derivationExpected(question, lang),
      };
    case 'free':
      return {
        data: { model: question.model[lang], keyPoints: question.keyPoints.map((point) => point[lang]) },
        text: freeExpected(question, lang),
      };
    case 'code-review': {
      const describe = (entry: CodeLine) => ({ line: entry.line, code: codeAt(question.code, entry.line).replace(/^`|`$/g, ''), why: entry.why[lang] });
      const bugs = [...question.bugs].sort((a, b) => a.line - b.line);
      return {
        data: { snippet: question.snippet, bugs: bugs.map(describe), decoys: question.decoys.map(describe) },
        text: [messages(lang).lines(bugs.map((bug) => bug.line)), ...bugs.map((bug) => `${bug.line}: ${bug.why[lang]}`)].join('\n'),
      };
    }
  }
}
