import type { Question, QuestionInstance } from '../../core/bank/types.js';
import { localize, type Lang } from '../../core/i18n.js';
import { t } from '../../core/words/index.js';
import { specOf } from '../../core/kinds/specs.js';

export interface AnkiCard {
  instance: QuestionInstance;
  /** The answer as a learner reads it (the grading module's answer key). */
  answer: string;
}

/**
 * The bank as a deck Anki imports as is (File → Import, plain text): tab-separated
 * Front, Back, Tags, with the header lines that tell Anki so. Fields holding a tab, a quote
 * or a line break are quoted, quotes doubled; html is off, so text shows as written.
 */
export function* ankiDeck(cards: Iterable<AnkiCard>, lang: Lang, deck: string): Generator<string> {
  yield '#separator:tab\n#html:false\n#notetype:Basic\n';
  yield `#deck:${deck}\n#tags column:3\n`;
  for (const { instance, answer } of cards) {
    const question = instance.question;
    const front = [localize(instance.prompt, lang), ...specOf(question).details(question, lang)].join('\n');
    const back = [answer, '', localize(instance.explanation, lang), t(lang, 'feedback.source', { source: question.source })].join('\n');
    yield `${[front, back, tags(question)].map(ankiField).join('\t')}\n`;
  }
}

function tags(question: Question): string {
  return ['focal-drill', question.topic, question.kind].map((tag) => tag.replace(/\s+/g, '_')).join(' ');
}

export function ankiField(text: string): string {
  return /["\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
