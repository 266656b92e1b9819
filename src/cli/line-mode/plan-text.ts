import type { PlanProjection } from '../../core/plan/plan.js';
import type { Lang } from '../../core/i18n.js';
import { displayWidth, padDisplay } from '../../text/width.js';

const WORDS = {
  en: {
    none: 'No interview date is set: scheduling is plain FSRS. Set one with: focal plan --interview YYYY-MM-DD',
    cleared: 'Interview date removed: scheduling is plain FSRS again.',
    header: (day: string, left: number, target: string) => `Interview on ${day} · ${left === 1 ? '1 day' : `${left} days`} left · target recall ${target}`,
    today: (day: string, target: string) => `Interview on ${day} · today · target recall ${target}`,
    past: (day: string) => `The interview on ${day} has passed: scheduling is plain FSRS. focal plan --clear removes it.`,
    topic: 'topic',
    recall: 'recall on the day',
    short: (minutes: number | null) => (minutes === null ? '← falls short' : `← falls short at ${minutes} min/day`),
    perDay: 'per day',
    load: (reviews: number, fresh: number) => `reviews + new (today ${reviews} reviews, ${fresh} new)`,
    cap: (minutes: number, questions: number) => `capped at ${minutes} min/day (about ${questions} questions)`,
  },
  zh: {
    none: '尚未设置面试日期：按普通 FSRS 安排复习。设置方法：focal plan --interview YYYY-MM-DD',
    cleared: '已删除面试日期：恢复按普通 FSRS 安排复习。',
    header: (day: string, left: number, target: string) => `面试日期 ${day} · 还剩 ${left} 天 · 目标回忆率 ${target}`,
    today: (day: string, target: string) => `面试日期 ${day} · 就是今天 · 目标回忆率 ${target}`,
    past: (day: string) => `面试日期 ${day} 已过：按普通 FSRS 安排复习。用 focal plan --clear 删除它。`,
    topic: '主题',
    recall: '面试当天的回忆率',
    short: (minutes: number | null) => (minutes === null ? '← 达不到目标' : `← 每天 ${minutes} 分钟时达不到目标`),
    perDay: '每天',
    load: (reviews: number, fresh: number) => `复习 + 新题（今天复习 ${reviews} 题，新题 ${fresh} 题）`,
    cap: (minutes: number, questions: number) => `每天上限 ${minutes} 分钟（约 ${questions} 题）`,
  },
} as const;

const BAR_WIDTH = 10;
const SPARKS = '▁▂▃▄▅▆▇█';
/** Widest workload chart; a longer plan shows each column as the busiest of several days. */
const CHART_WIDTH = 60;

/** `focal plan` for people: the date, each topic's recall on the day, the daily workload. */
export function renderPlan(projection: PlanProjection | null, lang: Lang, topicName: (topic: string) => string, cleared: boolean): string {
  const say = WORDS[lang];
  if (!projection) return `${cleared ? say.cleared : say.none}\n`;
  const target = projection.target.toFixed(2);
  if (projection.daysLeft < 0) return `${say.past(projection.interview)}\n`;
  const lines = [projection.daysLeft === 0 ? say.today(projection.interview, target) : say.header(projection.interview, projection.daysLeft, target)];
  const names = projection.topics.map((topic) => topicName(topic.topic));
  const width = Math.max(16, ...names.map((name) => displayWidth(name) + 2));
  lines.push(`${padDisplay(say.topic, width)} ${say.recall}`);
  projection.topics.forEach((topic, index) => {
    const filled = Math.round(topic.recallOnDay * BAR_WIDTH);
    const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
    const short = topic.fallsShort ? `   ${say.short(projection.minutesPerDay)}` : '';
    lines.push(`${padDisplay(names[index]!, width)} ${bar}  ${topic.recallOnDay.toFixed(2)}${short}`);
  });
  if (projection.days.length > 0) {
    const today = projection.days[0]!;
    lines.push('', `${padDisplay(say.perDay, width)} ${sparkline(projection.days.map((day) => day.reviews + day.new))}   ${say.load(today.reviews, today.new)}`);
  }
  if (projection.minutesPerDay !== null && projection.perDay !== null) lines.push(say.cap(projection.minutesPerDay, projection.perDay));
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
