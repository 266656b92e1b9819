import type { Question, QuestionInstance } from '../../core/bank/types.js';
import { keyPointCoverage } from '../../core/grading/key-points.js';
import { answerKey } from '../../core/grading/answer-key.js';
import { escapeControls } from '../../core/terminal-text.js';
import type { GradeResult } from '../../core/grading/types.js';
import { localize, type Lang, type Localized } from '../../core/i18n.js';
import type { SessionProgress } from '../../core/session/session.js';
import type { SessionSummary } from '../../core/session/summary.js';
import { keyPointLines, VERDICT_WORD } from '../../text/feedback-text.js';
import { padDisplay, displayWidth } from '../../text/width.js';
import { describePoint as formatPoint } from '../../core/math/format.js';
import { formatValue } from '../../core/numbers.js';
import { dueIn } from '../../text/due-in.js';
import { kindName } from '../../core/kinds/index.js';
import { specOf } from '../../core/kinds/specs.js';
import { t } from '../../core/words/index.js';

/** Plain-text pieces of the line protocol; the words around the texts follow `lang`. */

export type TopicName = (topic: string) => string;

export function renderQuestion(instance: QuestionInstance, progress: SessionProgress, lang: Lang, topicName: TopicName): string {
  const question = instance.question;
  const spec = specOf(question);
  const lines = [
    '',
    t(lang, 'line.header', {
      index: progress.index,
      total: progress.total,
      topic: topicName(question.topic),
      kind: kindName(question.kind, lang),
      difficulty: question.difficulty,
    }),
    localize(instance.prompt, lang),
    ...spec.details(question, lang),
    spec.howToAnswer(question, lang),
  ];
  return `${lines.join('\n')}\n`;
}

/** A label followed by the colon of its language. */
export function heading(lang: Lang, text: string): string {
  return t(lang, 'line.heading', { text });
}

/**
 * What a self-graded answer is graded against: the model answer, each key point found ✓
 * (with the words that matched) or not ·, then the self-grade scale and the suggested grade
 * (on the line before `grade> `, which an empty line accepts). Only free responses are
 * self-graded today.
 */
export function renderSelfReview(question: Question, answer: string, lang: Lang): { text: string; suggested: 1 | 2 | 3 | 4 } {
  if (question.kind !== 'free') throw new Error(`${question.kind} questions are not self-graded`);
  const coverage = keyPointCoverage(question, answer);
  const text = [
    `${heading(lang, t(lang, 'free.model'))} ${localize(question.model, lang)}`,
    heading(lang, t(lang, 'free.found')),
    ...keyPointLines(coverage.points.map((mark) => ({ point: localize(question.keyPoints[mark.index]!, lang), found: mark.found, phrase: mark.phrase }))),
    `${t(lang, 'free.gradePrompt')} ${[1, 2, 3, 4].map((n) => t(lang, `free.grade${n as 1 | 2 | 3 | 4}`)).join(' · ')}`,
    `${t(lang, 'free.suggested', { grade: coverage.suggested })} · ${t(lang, 'free.accept')}`,
    '',
  ].join('\n');
  return { text, suggested: coverage.suggested };
}

/** An answer that could not be read: not counted, asked again. */
export function renderInvalid(result: GradeResult, lang: Lang): string {
  return `${t(lang, 'field.invalid', { message: escapeControls(result.feedback, { multiline: true }) })}\n`;
}

/** The verdict, what was expected and why, the explanation and where to check it. */
export function renderResult(result: GradeResult, instance: QuestionInstance, lang: Lang): string {
  const verdict = t(lang, VERDICT_WORD[result.verdict]);
  const lines = [
    result.verdict === 'partial' ? `${verdict}  ${t(lang, 'feedback.score', { score: result.score.toFixed(2) })}` : verdict,
    ...stepLines(result, lang),
    t(lang, 'feedback.expected', { answer: result.expected }),
    ...(result.feedback ? [escapeControls(result.feedback, { multiline: true })] : []),
    localize(instance.explanation, lang),
    t(lang, 'feedback.source', { source: instance.question.source }),
  ];
  return `${lines.join('\n')}\n`;
}

function stepLines(result: GradeResult, lang: Lang): string[] {
  const steps = result.details?.steps ?? [];
  return steps.map((step) => {
    const mark = t(lang, step.status === 'ok' ? 'line.step.ok' : step.status === 'wrong' ? 'line.step.wrong' : 'line.step.invalid');
    const value = (shown: string | undefined, value: number | null) => {
      const text = shown ?? formatValue(value);
      return text === 'undefined' ? t(lang, 'expr.undefined') : text;
    };
    const counterexample = step.counterexample;
    const why = counterexample
      ? `  ${t(lang, 'derivation.differs', { point: formatPoint(counterexample.point) || { key: 'expr.anyPoint' }, a: value(counterexample.shown?.a, counterexample.a), b: value(counterexample.shown?.b, counterexample.b) })}`
      : step.message
        ? `  ${escapeControls(step.message)}`
        : '';
    return `  ${String(step.line).padStart(2)} ${mark} ${escapeControls(step.relation)} ${escapeControls(step.expression)}${why}`;
  });
}

/** A skipped question (nothing recorded): its answer, explanation and source, so the skip still teaches. */
export function renderSkipped(instance: QuestionInstance, lang: Lang): string {
  const lines = [
    t(lang, 'line.skipped'),
    t(lang, 'skip.answer', { answer: answerKey(instance, lang).text }),
    localize(instance.explanation, lang),
    t(lang, 'feedback.source', { source: instance.question.source }),
  ];
  return `${lines.join('\n')}\n`;
}

export function renderHint(hint: Localized | undefined, lang: Lang): string {
  return `${hint ? t(lang, 'line.hint.used', { hint: localize(hint, lang) }) : t(lang, 'hint.none')}\n`;
}

export function renderSummary(summary: SessionSummary, lang: Lang, topicName: TopicName, now: number): string {
  const names = [...summary.perTopic, ...summary.weakest].map((entry) => topicName(entry.topic));
  const width = Math.max(8, ...names.map(displayWidth));
  const lines = ['', t(lang, 'summary.title')];
  lines.push(
    summary.answered === 0
      ? t(lang, 'summary.nothing')
      : t(lang, 'summary.score', { correct: summary.correct, answered: summary.answered, percent: Math.round((summary.correct / summary.answered) * 100), score: Math.round(summary.score * 100) }),
  );
  if (summary.skipped > 0) lines.push(t(lang, 'summary.skipped', { n: summary.skipped }));
  if (summary.perTopic.length > 0) {
    lines.push(heading(lang, t(lang, 'summary.byTopic')));
    for (const entry of summary.perTopic) {
      lines.push(`  ${padDisplay(topicName(entry.topic), width)}  ${entry.correct}/${entry.answered}  ${entry.score.toFixed(2)}`);
    }
  }
  if (summary.weakest.length > 0) {
    lines.push(heading(lang, t(lang, 'summary.weakest')));
    for (const entry of summary.weakest) lines.push(`  ${padDisplay(topicName(entry.topic), width)}  ${entry.mastery.toFixed(2)}`);
  }
  const due = [t(lang, 'summary.dueNow', { n: summary.due.now })];
  if (summary.due.next) {
    const until = dueIn(summary.due.next, now);
    due.push(t(lang, 'summary.nextDue', { when: t(lang, `due.${until.unit}`, { n: until.n }) }));
  }
  lines.push(`${heading(lang, t(lang, 'summary.dueNext'))} ${due.join(' · ')}`);
  return `${lines.join('\n')}\n`;
}
