import type { Lang } from '../../core/i18n.js';
import type { ProgressReport, TopicProgress } from '../../core/schedule/progress.js';
import { bar } from '../../ui/components/bar.js';
import { displayWidth, padDisplay } from '../../ui/components/display-width.js';
import { t } from '../../ui/strings.js';
import { dueIn } from '../../ui/summary/due-in.js';
import { heading, type TopicName } from './render.js';
import { word } from './words.js';

/** `focal stats` and `focal review --plain` as plain text. */

const percent = (value: number) => Math.round(value * 100);

export function renderStats(report: ProgressReport, lang: Lang, topicName: TopicName, now: number): string {
  const questions = report.topics.reduce((sum, topic) => sum + topic.questions, 0);
  const next = report.nextDue ? word(lang, 'stats.nextDue', { when: when(report.nextDue, now, lang) }) : '';
  const lines = [
    t(lang, 'stats.title'),
    word(lang, 'stats.summary', {
      attempts: report.attempts,
      correct: report.correct,
      accuracy: percent(report.accuracy),
      sessions: report.sessions,
      streak: report.streak,
    }),
    word(lang, 'stats.queue', { due: report.due, next, unseen: report.unseen, questions }),
    '',
    ...topicTable(report.topics, lang, topicName, true),
    '',
    heading(lang, word(lang, 'stats.recentDays', { n: report.history.length })),
  ];
  const days = report.history.filter((day) => day.attempts > 0);
  if (days.length === 0) lines.push(`  ${t(lang, 'stats.noHistory')}`);
  for (const day of days) {
    lines.push(`  ${word(lang, 'stats.day', { date: day.date, attempts: day.attempts, accuracy: percent(day.correct / day.attempts) })}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The weak-topic table, worst first, and the command that drills the weakest. */
export function renderReview(report: ProgressReport, lang: Lang, topicName: TopicName): string {
  if (report.topics.length === 0) return `${t(lang, 'review.empty')}\n`;
  const lines = [t(lang, 'review.title'), ...topicTable(report.topics, lang, topicName, false)];
  const weakest = report.topics[0]!;
  lines.push('', word(lang, 'review.drill', { command: drillCommandFor(weakest.topic) }));
  return `${lines.join('\n')}\n`;
}

export function drillCommandFor(topic: string): string {
  return `focal drill --mode weak --topic ${topic}`;
}

function topicTable(topics: readonly TopicProgress[], lang: Lang, topicName: TopicName, withCounts: boolean): string[] {
  const nameWidth = Math.max(displayWidth(t(lang, 'stats.topic')), ...topics.map((topic) => displayWidth(topicName(topic.topic))));
  const head = [padDisplay(t(lang, 'stats.topic'), nameWidth)];
  if (withCounts) head.push(padDisplay(t(lang, 'stats.attempts'), 10), padDisplay(t(lang, 'stats.accuracy'), 9));
  head.push(t(lang, 'review.mastery'));
  const rows = topics.map((topic) => {
    const cells = [padDisplay(topicName(topic.topic), nameWidth)];
    if (withCounts) cells.push(padDisplay(String(topic.attempts), 10), padDisplay(topic.attempts > 0 ? `${percent(topic.accuracy)}%` : '-', 9));
    cells.push(`${bar(topic.mastery)} ${topic.mastery.toFixed(2)}`);
    if (topic.due > 0) cells.push(t(lang, 'review.due', { n: topic.due }));
    else if (topic.seen === 0) cells.push(word(lang, 'review.notYet'));
    return `  ${cells.join('  ')}`;
  });
  return [`  ${head.join('  ')}`, ...rows];
}

function when(iso: string, now: number, lang: Lang): string {
  const until = dueIn(iso, now);
  return t(lang, until.key, { n: until.n });
}
