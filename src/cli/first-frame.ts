// The drill's first question in plain text while Ink and React load (they take a large share
// of start-up): the learner can start reading at once, and Ink's first frame takes its place.
import type { QuestionInstance } from '../core/bank/types.js';
import { kindName } from '../core/kinds/index.js';
import { headerAbout, headerClock, headerRight, showsDueLine } from '../text/drill-header.js';
import { firstQuestionLines } from '../text/first-question.js';
import { needsMathToShow } from '../core/session/deferred-grading.js';
import { daysLeftText } from '../text/interview-text.js';
import { t } from '../core/words/index.js';
import type { PreparedDrill } from './run-drill.js';

/** Synchronized output: the terminal shows what is between the two at once. */
const BEGIN_UPDATE = '\u001B[?2026h';
const END_UPDATE = '\u001B[?2026l';

interface Terminal {
  columns: number;
  rows: number;
  write(text: string): unknown;
}

/**
 * Writes the top of the first question's screen (header, rule, the line of questions due,
 * the prompt) as the Ink screen lays it out. Returns what erases it, to be called just
 * before Ink draws: it opens a synchronized update that Ink's first frame closes, so the
 * terminal goes from one to the other without a blank in between. Nothing is written (and
 * undefined returned) for a question whose prompt needs the math core to be shown.
 */
export function paintFirstQuestion(drill: PreparedDrill, instance: QuestionInstance | null, terminal: Terminal = process.stdout): (() => void) | undefined {
  if (!instance || needsMathToShow(instance.question) || !(terminal.columns > 0 && terminal.rows > 1)) return undefined;
  const { lang } = drill.settings;
  const { question } = instance;
  const progress = drill.session.progress();
  const lines = firstQuestionLines(
    {
      headerLeft: `${t(lang, 'app.name')} · ${headerAbout(drill.topicName(question.topic), kindName(question.kind, lang), question.difficulty)}`,
      headerRight: headerRight([
        `${progress.index}/${progress.total}`,
        headerClock(lang, 0, question.difficulty, true),
        drill.daysLeft !== null ? daysLeftText(lang, drill.daysLeft) : null,
      ]),
      lead: showsDueLine(progress.index, terminal.rows) ? t(lang, 'header.dueNow', { due: drill.session.dueNow(), total: progress.total }) : undefined,
      prompt: instance.prompt[lang],
    },
    terminal.columns,
    terminal.rows,
  );
  if (lines.length === 0) return undefined;
  terminal.write(`${BEGIN_UPDATE}${lines.join('\n')}\n${END_UPDATE}`);
  return () => terminal.write(`${BEGIN_UPDATE}\u001B[${lines.length}A\r\u001B[J`);
}
