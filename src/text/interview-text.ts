// The mock interview as plain text: its clock, scores and report, shared by line mode and the Ink screens.
import type { Lang } from '../core/i18n.js';
import type { InterviewReport, StageReport } from '../core/interview/report.js';
import { displayWidth, padDisplay } from './width.js';
import { t, type WordKey } from '../core/words/index.js';

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
  const word = (key: WordKey & `interview.${string}`, params: Record<string, string | number> = {}) => t(lang, key, params);
  const nameWidth = Math.max(displayWidth(word('interview.headStage')), ...report.stages.map((stage) => displayWidth(stage.name)));
  const verdictWidth = Math.max(displayWidth(word('interview.headVerdict')), ...report.stages.map((stage) => displayWidth(stageVerdicts(stage))));
  const timeWidth = Math.max(displayWidth(word('interview.headTime')), 5);
  const row = (cells: string[]) =>
    `  ${padDisplay(cells[0]!, nameWidth)}  ${padDisplay(cells[1]!, verdictWidth)}  ${padDisplay(cells[2]!, timeWidth)}  ${cells[3] ?? ''}`.trimEnd();
  const lines = [
    word('interview.report'),
    word('interview.scoreLine', { score: scoreText(report.score), max: report.maxScore, used: clockTime(report.seconds * 1000), time: clockTime(report.minutes * 60_000) }),
    row([word('interview.headStage'), word('interview.headVerdict'), word('interview.headTime'), word('interview.headMissed')]),
  ];
  for (const stage of report.stages) {
    if (stage.questions === 0) lines.push(row([stage.name, '', '', word(stage.reached ? 'interview.noAnswer' : 'interview.notReached')]));
    else lines.push(row([stage.name, stageVerdicts(stage), clockTime(stage.seconds * 1000), stage.missed ? `“${oneLine(stage.missed)}”` : '']));
  }
  if (report.stages.every((stage) => stage.questions === 0)) lines.push(word('interview.nothing'));
  else if (report.weakest.length === 0) lines.push(word('interview.noWeak'));
  else {
    lines.push(word('interview.weakest', { names: report.weakest.map((stage) => stage.name).join(t(lang, 'grading.listSeparator')) }));
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
  return days <= 0 ? t(lang, 'interview.dayToday') : days === 1 ? t(lang, 'interview.dayLeft') : t(lang, 'interview.daysLeft', { n: days });
}
