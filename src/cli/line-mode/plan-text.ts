import type { PlanProjection } from '../../core/plan/plan.js';
import type { Lang } from '../../core/i18n.js';
import { displayWidth, padDisplay } from '../../text/width.js';
import { t, type WordKey, type WordParams } from '../../core/words/index.js';

const BAR_WIDTH = 10;
const SPARKS = '▁▂▃▄▅▆▇█';
/** Widest workload chart; a longer plan shows each column as the busiest of several days. */
const CHART_WIDTH = 60;

/** `focal plan` for people: the date, each topic's recall on the day, the daily workload. */
export function renderPlan(projection: PlanProjection | null, lang: Lang, topicName: (topic: string) => string, cleared: boolean): string {
  const say = (key: WordKey, params?: WordParams) => t(lang, key, params);
  if (!projection) return `${say(cleared ? 'plan.cleared' : 'plan.none')}\n`;
  const target = projection.target.toFixed(2);
  if (projection.daysLeft < 0) return `${say('plan.past', { day: projection.interview })}\n`;
  const lines = [projection.daysLeft === 0
      ? say('plan.today', { day: projection.interview, target })
      : say(projection.daysLeft === 1 ? 'plan.header.one' : 'plan.header.many', { day: projection.interview, left: projection.daysLeft, target }),
  ];
  const names = projection.topics.map((topic) => topicName(topic.topic));
  const width = Math.max(16, ...names.map((name) => displayWidth(name) + 2));
  lines.push(`${padDisplay(say('plan.topic'), width)} ${say('plan.recall')}`);
  projection.topics.forEach((topic, index) => {
    const filled = Math.round(topic.recallOnDay * BAR_WIDTH);
    const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
    const short = topic.fallsShort ? `   ${projection.minutesPerDay === null ? say('plan.short') : say('plan.shortAt', { minutes: projection.minutesPerDay })}` : '';
    lines.push(`${padDisplay(names[index]!, width)} ${bar}  ${topic.recallOnDay.toFixed(2)}${short}`);
  });
  if (projection.days.length > 0) {
    const today = projection.days[0]!;
    lines.push('', `${padDisplay(say('plan.perDay'), width)} ${sparkline(projection.days.map((day) => day.reviews + day.new))}   ${say('plan.load', { reviews: today.reviews, fresh: today.new })}`);
  }
  if (projection.minutesPerDay !== null && projection.perDay !== null) lines.push(say('plan.cap', { minutes: projection.minutesPerDay, questions: projection.perDay }));
  return `${lines.join('\n')}\n`;
}

/** One block character per day (or per group of days), scaled to the busiest. */
export function sparkline(values: number[]): string {
  const group = Math.ceil(values.length / CHART_WIDTH);
  const columns: number[] = [];
  for (let start = 0; start < values.length; start += group) columns.push(Math.max(...values.slice(start, start + group)));
  const top = Math.max(1, ...columns);
  return columns.map((value) => (value === 0 ? ' ' : SPARKS[Math.min(SPARKS.length - 1, Math.floor((value / top) * (SPARKS.length - 1) + 0.5))])).join('');
}
