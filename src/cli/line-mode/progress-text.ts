import type { Lang } from '../../core/i18n.js';
import type { DayCount, ProgressReport, TopicProgress } from '../../core/schedule/progress.js';
import { accuracyChart } from '../../text/accuracy-chart.js';
import { bar } from '../../text/bar.js';
import { displayWidth, padDisplay } from '../../text/width.js';
import { wrapText } from '../../text/wrap.js';
import { dueIn } from '../../text/due-in.js';
import { heading, type TopicName } from './render.js';
import { t } from '../../core/words/index.js';

/** `focal stats` and `focal review --plain` as plain text. */

const percent = (value: number) => Math.round(value * 100);

/** `width`: the terminal's columns (80 when not a terminal); every line fits it. */
export function renderStats(report: ProgressReport, lang: Lang, topicName: TopicName, now: number, width = 80): string {
  const questions = report.topics.reduce((sum, topic) => sum + topic.questions, 0);
  const next = report.nextDue ? t(lang, 'line.stats.nextDue', { when: when(report.nextDue, now, lang) }) : '';
  const lines = [
    t(lang, 'stats.title'),
    ...fitParts(
      t(lang, 'line.stats.summary', {
        attempts: report.attempts,
        correct: report.correct,
        accuracy: percent(report.accuracy),
        sessions: report.sessions,
        streak: report.streak,
      }),
      width,
    ),
    ...fitParts(t(lang, 'line.stats.queue', { due: report.due, next, unseen: report.unseen, questions }), width),
    '',
    ...topicTable(report.topics, lang, topicName, true, width),
    '',
    heading(lang, t(lang, 'line.stats.recentDays', { n: report.history.length })),
  ];
  const days = report.history.filter((day) => day.attempts > 0);
  if (days.length === 0) lines.push(`  ${t(lang, 'stats.noHistory')}`);
  for (const day of days) {
    lines.push(`  ${t(lang, 'line.stats.day', { date: day.date, attempts: day.attempts, accuracy: percent(day.correct / day.attempts) })}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The weak-topic table, worst first, and the command that drills the weakest. */
export function renderReview(report: ProgressReport, lang: Lang, topicName: TopicName): string {
  if (report.topics.length === 0) return `${t(lang, 'review.empty')}\n`;
  const lines = [t(lang, 'review.title'), ...topicTable(report.topics, lang, topicName, false)];
  const weakest = report.topics[0]!;
  lines.push('', t(lang, 'line.review.drill', { command: drillCommandFor(weakest.topic) }));
  return `${lines.join('\n')}\n`;
}

export function drillCommandFor(topic: string): string {
  return `focal drill --mode weak --topic ${topic}`;
}

/**
 * A line of `a · b · c` parts in lines of at most `width` cells, broken between parts (a
 * part wider than the line is wrapped at its spaces), never inside a word or a number.
 */
function fitParts(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const part of text.split(' · ')) {
    const last = lines.at(-1);
    if (last !== undefined && displayWidth(`${last} · ${part}`) <= width) lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(...wrapText(part, width));
  }
  return lines;
}

/**
 * The topic table in `width` cells: columns as wide as their content, the mastery bar
 * narrowed (10 cells down to 4) and then long topic names cut with … until every row fits.
 */
function topicTable(topics: readonly TopicProgress[], lang: Lang, topicName: TopicName, withCounts: boolean, width = 80): string[] {
  const accuracy = (topic: TopicProgress) => (topic.attempts > 0 ? `${percent(topic.accuracy)}%` : '-');
  const note = (topic: TopicProgress) => (topic.due > 0 ? t(lang, 'review.due', { n: topic.due }) : topic.seen === 0 ? t(lang, 'line.review.notYet') : '');
  const widest = (texts: string[]) => Math.max(...texts.map(displayWidth));
  const countWidth = withCounts ? widest([t(lang, 'stats.attempts'), ...topics.map((topic) => String(topic.attempts))]) : 0;
  const accuracyWidth = withCounts ? widest([t(lang, 'stats.accuracy'), ...topics.map(accuracy)]) : 0;
  const noteWidth = widest(['', ...topics.map(note)]);
  // Everything but the name and the bar: the indent, the gaps, the counts, ` 0.00`, the note.
  const fixed = 2 + (withCounts ? countWidth + accuracyWidth + 4 : 0) + 2 + 5 + (noteWidth > 0 ? noteWidth + 2 : 0);
  let nameWidth = widest([t(lang, 'stats.topic'), ...topics.map((topic) => topicName(topic.topic))]);
  const barWidth = Math.max(4, Math.min(10, width - fixed - nameWidth));
  nameWidth = Math.max(6, Math.min(nameWidth, width - fixed - barWidth));
  const name = (text: string) => padDisplay(cut(text, nameWidth), nameWidth);
  const head = [name(t(lang, 'stats.topic'))];
  if (withCounts) head.push(padDisplay(t(lang, 'stats.attempts'), countWidth), padDisplay(t(lang, 'stats.accuracy'), accuracyWidth));
  head.push(t(lang, 'review.mastery'));
  const rows = topics.map((topic) => {
    const cells = [name(topicName(topic.topic))];
    if (withCounts) cells.push(padDisplay(String(topic.attempts), countWidth), padDisplay(accuracy(topic), accuracyWidth));
    cells.push(`${bar(topic.mastery, barWidth)} ${topic.mastery.toFixed(2)}`);
    if (note(topic)) cells.push(note(topic));
    return `  ${cells.join('  ')}`;
  });
  return [`  ${head.join('  ')}`.trimEnd(), ...rows];
}

/** `text` in at most `width` cells, ending with … when cut. */
function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let kept = '';
  for (const char of text) {
    if (displayWidth(`${kept}${char}…`) > width) break;
    kept += char;
  }
  return `${kept}…`;
}

function when(iso: string, now: number, lang: Lang): string {
  const until = dueIn(iso, now);
  return t(lang, `due.${until.unit}`, { n: until.n });
}

/** The chart with its title, as `focal stats` prints it after the numbers (nothing without history). */
export function accuracyChartSection(history: readonly DayCount[], { lang, color }: { lang: Lang; color: boolean }): string {
  const chart = accuracyChart(history, { color });
  return chart ? `\n${t(lang, 'stats.recent', { days: history.length })}\n${chart}\n` : '';
}
