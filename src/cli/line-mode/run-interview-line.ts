import { escapeControls } from '../../core/terminal-text.js';
import type { InterviewQuestion, InterviewSession } from '../../core/interview/interview.js';
import type { InterviewReport } from '../../core/interview/report.js';
import { localize, type Lang } from '../../core/i18n.js';
import { clockTime, reportLines } from '../../text/interview-text.js';
import { LineReader } from './line-reader.js';
import { ask, ENDING_SIGNALS, type LineModeOptions } from './run-line-mode.js';
import { t } from '../../core/words/index.js';

/**
 * The mock interview in line mode, with the drill's protocol: each question as plain text after
 * a line naming its stage and the time left, then `answer> ` (and `grade> ` for a free answer).
 * Every verdict is printed after its attempt is stored. End of input, `:quit` or Ctrl-C end
 * the interview with its report, as does the time running out once the current answer is in.
 * With `report: false` the report is not printed (the command prints it as JSON instead).
 */
export async function runInterviewLine(interview: InterviewSession, options: LineModeOptions & { report: boolean }): Promise<InterviewReport> {
  const { write, lang } = options;
  const reader = new LineReader(options.input, options.echo ? (line) => write(`${escapeControls(line)}\n`) : undefined);
  const interrupt = () => reader.close();
  for (const signal of ENDING_SIGNALS) process.on(signal, interrupt);
  try {
    write(`${t(lang, 'interview.intro', { stages: interview.stageCount, time: clockTime(interview.minutes * 60_000) })}\n${t(lang, 'line.commands')}\n`);
    for (let asked = interview.next(); asked; asked = interview.next()) {
      write(`\n${stageLine(asked, interview, lang)}`);
      if (!(await ask(asked.instance, interview, reader, options))) break;
    }
    if (interview.timeLeft() === 0) write(`\n${t(lang, 'interview.timeUp')}\n`);
  } finally {
    for (const signal of ENDING_SIGNALS) process.off(signal, interrupt);
    reader.close();
  }
  const report = interview.end();
  if (options.report) write(`\n${reportLines(report, lang).join('\n')}\n`);
  return report;
}

/** `── stage 4/8 · limits (follow-up) · 11:42 left` */
function stageLine(asked: InterviewQuestion, interview: InterviewSession, lang: Lang): string {
  const stage = t(lang, 'interview.stage', { index: asked.stageIndex + 1, total: interview.stageCount, name: localize(asked.stage.name, lang) });
  const followUp = asked.followUp ? ` ${t(lang, 'interview.followUp')}` : '';
  return `── ${stage}${followUp} · ${t(lang, 'interview.left', { time: clockTime(interview.timeLeft()) })}`;
}
