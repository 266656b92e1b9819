import type { Lang } from '../../core/i18n.js';
import type { InterviewReport, StageReport } from '../../core/interview/report.js';
import { displayWidth, padDisplay } from '../../text/width.js';

/** The mock interview's words, in English and Chinese (shared by line mode and the Ink screen). */
const en = {
  title: 'mock interview',
  intro: 'Mock interview: {stages} stages in {time}. Each stage asks your weakest question, and after a wrong or partial answer one follow-up.',
  stage: 'stage {index}/{total} · {name}',
  followUp: '(follow-up)',
  left: '{time} left',
  timeUp: 'Time is up: the interview ends.',
  timeUpFinish: 'Time is up: finish this answer.',
  report: 'Interview report',
  scoreLine: 'score {score}/{max} · {used} of {time}',
  headStage: 'stage',
  headVerdict: 'verdict',
  headTime: 'time',
  headMissed: 'missed',
  notReached: '(not reached)',
  noAnswer: '(no answer)',
  weakest: 'Weakest: {names}',
  noWeak: 'Every stage answered right.',
  nothing: 'Nothing was answered.',
  close: 'Enter close',
  statsTitle: 'Mock interviews',
  statsScore: 'score {score}/{max}',
  statsMinutes: '{n} min',
  statsUnfinished: 'unfinished, {n} answered',
  statsHorizon: 'Mastery is measured for the interview on {day}.',
  daysLeft: 'interview in {n} days',
  dayLeft: 'interview tomorrow',
  dayToday: 'interview today',
} as const;

export type InterviewWord = keyof typeof en;

const zh: Record<InterviewWord, string> = {
  title: '模拟面试',
  intro: '模拟面试：{stages} 个阶段，共 {time}。每个阶段问你最薄弱的题；答错或部分正确时追问一题。',
  stage: '阶段 {index}/{total} · {name}',
  followUp: '（追问）',
  left: '剩余 {time}',
  timeUp: '时间到：面试结束。',
  timeUpFinish: '时间到：请答完这一题。',
  report: '面试报告',
  scoreLine: '得分 {score}/{max} · 用时 {used}（共 {time}）',
  headStage: '阶段',
  headVerdict: '结果',
  headTime: '用时',
  headMissed: '遗漏',
  notReached: '（未到达）',
  noAnswer: '（未作答）',
  weakest: '最薄弱：{names}',
  noWeak: '每个阶段都答对了。',
  nothing: '没有作答。',
  close: 'Enter 关闭',
  statsTitle: '模拟面试',
  statsScore: '得分 {score}/{max}',
  statsMinutes: '{n} 分钟',
  statsUnfinished: '未完成，已答 {n} 题',
  statsHorizon: '掌握度按 {day} 的面试日计算。',
  daysLeft: '距面试 {n} 天',
  dayLeft: '明天面试',
  dayToday: '今天面试',
};

const TABLE: Record<Lang, Record<InterviewWord, string>> = { en, zh };

export function interviewWord(lang: Lang, key: InterviewWord, params: Record<string, string | number> = {}): string {
  return TABLE[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** `m:ss` (`1:05:00` past an hour). */
export function clockTime(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

const MARKS = { correct: '✓', partial: '◐', wrong: '✗', skipped: '–' } as const;

/** `✓`, `✗ → ✓`: the verdicts of a stage in order. */
export function stageVerdicts(stage: StageReport): string {
  return stage.verdicts.map((verdict) => MARKS[verdict]).join(' → ');
}

/** The score as written: `5.5`, `6`. */
export function scoreText(score: number): string {
  return String(Math.round(score * 100) / 100);
}

/**
 * The report as text lines: the score, one row per stage (verdicts, time, what was missed),
 * the weakest stages and the drill command for each.
 */
export function reportLines(report: InterviewReport, lang: Lang): string[] {
  const word = (key: InterviewWord, params: Record<string, string | number> = {}) => interviewWord(lang, key, params);
  const nameWidth = Math.max(displayWidth(word('headStage')), ...report.stages.map((stage) => displayWidth(stage.name)));
  const verdictWidth = Math.max(displayWidth(word('headVerdict')), ...report.stages.map((stage) => displayWidth(stageVerdicts(stage))));
  const timeWidth = Math.max(displayWidth(word('headTime')), 5);
  const row = (cells: string[]) =>
    `  ${padDisplay(cells[0]!, nameWidth)}  ${padDisplay(cells[1]!, verdictWidth)}  ${padDisplay(cells[2]!, timeWidth)}  ${cells[3] ?? ''}`.trimEnd();
  const lines = [
    word('report'),
    word('scoreLine', { score: scoreText(report.score), max: report.maxScore, used: clockTime(report.seconds * 1000), time: clockTime(report.minutes * 60_000) }),
    row([word('headStage'), word('headVerdict'), word('headTime'), word('headMissed')]),
  ];
  for (const stage of report.stages) {
    if (stage.questions === 0) lines.push(row([stage.name, '', '', word(stage.reached ? 'noAnswer' : 'notReached')]));
    else lines.push(row([stage.name, stageVerdicts(stage), clockTime(stage.seconds * 1000), stage.missed ? `“${oneLine(stage.missed)}”` : '']));
  }
  if (report.stages.every((stage) => stage.questions === 0)) lines.push(word('nothing'));
  else if (report.weakest.length === 0) lines.push(word('noWeak'));
  else {
    lines.push(word('weakest', { names: report.weakest.map((stage) => stage.name).join(lang === 'zh' ? '、' : ', ') }));
    for (const stage of report.weakest) lines.push(`  ${stage.command}`);
  }
  return lines;
}

/** A missed point on one line, at most 60 columns. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (displayWidth(flat) <= 60) return flat;
  let cut = '';
  for (const char of flat) {
    if (displayWidth(cut + char) > 59) break;
    cut += char;
  }
  return `${cut}…`;
}

/** `interview in 13 days` (tomorrow, today) for headers. */
export function daysLeftText(lang: Lang, days: number): string {
  return days <= 0 ? interviewWord(lang, 'dayToday') : days === 1 ? interviewWord(lang, 'dayLeft') : interviewWord(lang, 'daysLeft', { n: days });
}
