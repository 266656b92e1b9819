import type { Readable } from 'node:stream';
import { escapeControls } from '../../core/terminal-text.js';
import type { QuestionInstance } from '../../core/bank/types.js';
import type { Lang } from '../../core/i18n.js';
import type { Clock } from '../../core/schedule/clock.js';
import type { FsrsRating } from '../../core/schedule/fsrs.js';
import type { DrillSession } from '../../core/session/session.js';
import type { SessionSummary } from '../../core/session/summary.js';
import { LineReader } from './line-reader.js';
import { specOf } from '../../core/kinds/specs.js';
import { asSelfGrade } from '../../core/schedule/self-grade.js';
import { renderSelfReview, renderHint, renderInvalid, renderQuestion, renderResult, renderSkipped, renderSummary, type TopicName } from './render.js';
import { LINE_COMMANDS } from './line-commands.js';
import { t } from '../../core/words/index.js';

export interface LineModeOptions {
  input: Readable;
  write: (text: string) => void;
  lang: Lang;
  clock: Clock;
  topicName: TopicName;
  /** Why a session may have no question at all, said instead of an empty session. */
  emptyReason: string;
  /**
   * Repeat each line read after its prompt: with piped input nothing else shows what was
   * answered, and the verdict would share the prompt's line. (A terminal echoes by itself.)
   */
  echo: boolean;
}

export const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

type Answer = { type: 'answer'; text: string } | { type: 'command'; name: keyof typeof LINE_COMMANDS } | { type: 'end' };

/**
 * The drill in line mode (the protocol of the CLI contract): each question as plain text,
 * then `answer> `; one answer per line (a derivation: one step per line, ended by an empty
 * line); a free response is followed by its model answer and `grade> ` for a 1–4 self-grade.
 * Every verdict is printed after its attempt is committed. End of input, `:quit` or Ctrl-C
 * end the session with its summary; nothing answered is lost.
 */
export async function runLineMode(session: DrillSession, options: LineModeOptions): Promise<SessionSummary> {
  const { write, lang } = options;
  const reader = new LineReader(options.input, options.echo ? (line) => write(`${escapeControls(line)}\n`) : undefined);
  // Ctrl-C, a closed terminal and `kill` all end the session the same way: summary, exit 0.
  const interrupt = () => reader.close();
  for (const signal of ENDING_SIGNALS) process.on(signal, interrupt);
  try {
    let instance = session.next();
    if (!instance) write(`${options.emptyReason}\n`);
    else write(`${t(lang, 'header.dueNow', { due: session.dueNow(), total: session.progress().total })}\n${t(lang, 'line.commands')}\n`);
    while (instance) {
      if (!(await ask(instance, session, reader, options))) break;
      instance = session.next();
    }
  } finally {
    for (const signal of ENDING_SIGNALS) process.off(signal, interrupt);
    reader.close();
  }
  const summary = session.end();
  write(renderSummary(summary, lang, options.topicName, options.clock.now()));
  return summary;
}

/** What asking one question needs of a session (a drill's, or the mock interview's). */
export type AskingPort = Pick<DrillSession, 'submit' | 'skip' | 'hint' | 'progress'>;

/** Asks one question until it is answered or skipped; false when the session should end. */
export async function ask(instance: QuestionInstance, session: AskingPort, reader: LineReader, options: LineModeOptions): Promise<boolean> {
  const { write, lang, clock } = options;
  write(renderQuestion(instance, session.progress(), lang, options.topicName));
  const shownAt = clock.now();
  const { answerInput } = specOf(instance.question);
  for (;;) {
    write('answer> ');
    const answer = await readAnswer(reader, answerInput === 'lines');
    if (answer.type === 'end') return false;
    if (answer.type === 'command') {
      if (answer.name === 'quit') return false;
      if (answer.name === 'skip') {
        session.skip();
        write(renderSkipped(instance, lang));
        return true;
      }
      write(renderHint(session.hint(), lang));
      continue;
    }
    if (answer.text.trim() === '') continue;
    let selfGrade: FsrsRating | undefined;
    if (answerInput === 'self-graded') {
      const review = renderSelfReview(instance.question, answer.text, lang);
      write(review.text);
      const grade = await readSelfGrade(reader, options, review.suggested);
      if (grade === null) return false;
      selfGrade = grade;
    }
    const outcome = session.submit(answer.text, { elapsedMs: clock.now() - shownAt, ...(selfGrade ? { selfGrade } : {}) });
    if (outcome.retry) {
      write(renderInvalid(outcome.result, lang));
      continue;
    }
    write(renderResult(outcome.result, instance, lang));
    if (!outcome.committed) write(`${t(lang, 'line.unsaved', { reason: outcome.unsavedReason ?? '' })}
`);
    return true;
  }
}

async function readAnswer(reader: LineReader, multiline: boolean): Promise<Answer> {
  const first = await reader.next();
  if (first === null) return { type: 'end' };
  const command = asCommand(first);
  if (command) return { type: 'command', name: command };
  if (!multiline || first.trim() === '') return { type: 'answer', text: first.trim() };
  const steps = [first.trim()];
  for (;;) {
    const line = await reader.next();
    // Ctrl-C or a signal while the derivation is half typed: it was not submitted, so it is not graded.
    if (line === null && reader.interrupted) return { type: 'end' };
    // End of input after some steps still submits them: they were typed in full.
    if (line === null || line.trim() === '') return { type: 'answer', text: steps.join('\n') };
    steps.push(line.trim());
  }
}

/** The learner's 1–4 grade; an empty line accepts the suggested one. */
async function readSelfGrade(reader: LineReader, options: LineModeOptions, suggested: FsrsRating): Promise<FsrsRating | null> {
  for (;;) {
    options.write('grade> ');
    const line = await reader.next();
    if (line === null || asCommand(line) === 'quit') return null;
    if (line.trim() === '') return suggested;
    const grade = asSelfGrade(line);
    if (grade !== null) return grade;
    options.write(`${t(options.lang, 'line.grade.again')}\n`);
  }
}

function asCommand(line: string): keyof typeof LINE_COMMANDS | undefined {
  const text = line.trim();
  return (Object.keys(LINE_COMMANDS) as (keyof typeof LINE_COMMANDS)[]).find((name) => LINE_COMMANDS[name] === text);
}
