import type { CommandModule } from 'yargs';
import { escapeControls } from '../../core/terminal-text.js';
import type { Question, QuestionInstance } from '../../core/bank/types.js';
import { InputError } from '../../core/errors.js';
import { t } from '../../core/words/index.js';
import { styled } from '../../text/style.js';
import { keyPointLines, STEP_MARK, VERDICT_WORD } from '../../text/feedback-text.js';
import { asSelfGrade, type SelfGrade } from '../../core/schedule/self-grade.js';
import type { GradeResult } from '../../core/grading/types.js';
import { action, EXIT } from '../action.js';
import { seedOptionSpec, wholeNumber } from '../number-options.js';
import { settingsFrom, type GlobalArgs, type Settings } from '../globals.js';
import type { Output } from '../output.js';
import { expressionArg, rejectExtraArguments } from '../expression-args.js';
import { openBank, seedOption } from '../bank.js';
import { terminalWidth, wrapText } from '../wrap-text.js';
import { u } from '../usage-words.js';

interface CheckArgs extends GlobalArgs {
  id: string;
  answer: string;
  seed?: number;
  grade?: number;
  record?: boolean;
  _: (string | number)[];
}

export const checkCommand: CommandModule<GlobalArgs, CheckArgs> = {
  command: 'check <id> <answer>',
  get describe() {
    return u('usage.check');
  },
  builder: (y) =>
    y
      // Answers such as `-log(0.9)` must reach the handler, not be read as flags.
      .parserConfiguration({ 'unknown-options-as-args': true })
      .strict(false)
      .positional('id', { type: 'string', demandOption: true, describe: u('usage.questionId') })
      .positional('answer', {
        type: 'string',
        demandOption: true,
        describe: u('usage.check.answer'),
      })
      .option('seed', seedOptionSpec)
      .option('grade', { requiresArg: true, coerce: wholeNumber('grade', 1), describe: u('usage.check.grade') })
      .option('record', { type: 'boolean', describe: u('usage.check.record') })
      .example('$0 check numbers-ratio-pt0968 "1-1/sqrt(1000)"', u('usage.check.example'))
      .example('$0 check numbers-ratio-pt0968 "1/(1-0.968)^2"', u('usage.check.example2'))
      .example('$0 check gradients-derive-ce-positive "d/dx = -(1/pt)*pt*(1-pt); = pt - 1"', u('usage.check.example3'))
      .example('$0 check results-fl-vs-ohem-explain "OHEM discards easy examples; FL keeps them all, down-weighted"', u('usage.check.example4'))
      .example('$0 check motivation-why-one-stage-needed-fl "easy negatives swamp the loss" --grade 3', u('usage.check.example5')),
  handler: action(check),
};

export async function check(argv: CheckArgs, output: Output): Promise<number> {
  rejectExtraArguments(argv);
  const settings = settingsFrom(argv);
  const valueOptions = ['seed', 'grade'];
  const id = expressionArg(argv, argv.id, 'check', 0, valueOptions);
  const answer = expressionArg(argv, argv.answer, 'check', 1, valueOptions);
  const seed = seedOption(argv.seed);

  const bank = await openBank(settings);
  const question = bank.require(id);
  const [{ instanceOf }, { grade }, { specOf }] = await Promise.all([
    import('../../core/bank/instance.js'),
    import('../../core/grading/grade.js'),
    import('../../core/kinds/specs.js'),
  ]);
  const { answerInput } = specOf(question);
  const given = answerInput === 'self-graded' ? selfGradeOption(argv.grade) : undefined;
  const instance = await instanceOf(question, seed);
  const input = answerInput === 'lines' ? derivationSteps(answer) : answer;
  let selfGrade = given;
  let result = grade({ instance, answer: input, lang: settings.lang, ...(selfGrade ? { selfGrade } : {}) });
  // A self-graded answer without --grade takes the grade its key points suggest.
  const suggested = result.details?.suggestedGrade;
  if (answerInput === 'self-graded' && !given && suggested) {
    const { messages } = await import('../../core/grading/messages.js');
    const points = result.details?.keyPoints ?? [];
    const coverage = messages(settings.lang).coverage(points.filter((point) => point.found).length, points.length, suggested);
    selfGrade = suggested;
    result = { ...grade({ instance, answer: input, lang: settings.lang, selfGrade }), feedback: coverage };
  }

  // The attempt is stored before the verdict is shown, as in the drill.
  if (argv.record && result.verdict !== 'invalid') await recordAttempt(instance, input, result, selfGrade, settings);
  await print(question, instance, result, settings, output);
  return exitCode(result);
}

/**
 * The seam for `--record`: store the attempt (and its card update) in the progress
 * database at `settings.dbPath`, exactly as the drill would (untimed: never rated Easy).
 */
export async function recordAttempt(
  instance: QuestionInstance,
  answer: string,
  result: GradeResult,
  selfGrade: SelfGrade | undefined,
  settings: Settings,
): Promise<void> {
  const { recordAnswer } = await import('../../store/record-answer.js');
  // A self-graded answer is rated with the grade it was graded with, which FSRS takes as is.
  await recordAnswer(settings.dbPath, { instance, answer, result, ...(selfGrade ? { selfGrade } : {}) });
}

/** A self-graded answer may carry the learner's own grade (else the suggested one is used); other kinds ignore it. */
function selfGradeOption(grade: number | undefined): SelfGrade | undefined {
  if (grade === undefined) return undefined;
  const valid = asSelfGrade(grade);
  if (valid === null) throw new InputError({ key: 'error.selfGrade', params: { value: String(grade) } });
  return valid;
}

/** On the command line the steps of a derivation may be separated by ";" as well as newlines. */
export function derivationSteps(answer: string): string {
  return answer
    .split(/\r\n|\r|\n|;/)
    .map((step) => step.trim())
    .join('\n');
}

function exitCode(result: GradeResult): number {
  if (result.verdict === 'invalid') return EXIT.invalid;
  return result.correct ? EXIT.ok : EXIT.negative;
}

const VERDICT_COLORS = { correct: 'green', partial: 'yellow', wrong: 'red', invalid: 'magenta' } as const;

async function print(question: Question, instance: QuestionInstance, result: GradeResult, settings: Settings, output: Output): Promise<void> {
  if (settings.json) {
    const document = {
      correct: result.correct,
      score: result.score,
      expected: result.expected,
      feedback: result.feedback,
      verdict: result.verdict,
      id: question.id,
      seed: instance.seed,
      params: instance.params,
      ...(result.details ? { details: result.details } : {}),
    };
    output.out(`${JSON.stringify(document, null, 2)}\n`);
    return;
  }
  const lang = settings.lang;
  const width = terminalWidth(output);
  const verdict = styled(VERDICT_COLORS[result.verdict], t(lang, VERDICT_WORD[result.verdict]), settings.color);
  const score = result.verdict === 'partial' ? t(lang, 'check.score', { score: result.score.toFixed(2) }) : '';
  const lines = [`${verdict}${score}`];
  if (result.details?.keyPoints) {
    lines.push(...keyPointLines(result.details.keyPoints));
  }
  if (result.details?.steps) {
    for (const step of result.details.steps) {
      const mark = STEP_MARK[step.status];
      const where = step.line === 0 ? t(lang, 'check.start') : String(step.line);
      const relation = step.relation === 'start' ? '' : `${escapeControls(step.relation)} `;
      lines.push(`  ${mark} ${where.padStart(5)}  ${relation}${escapeControls(step.expression)}`);
    }
  }
  lines.push(wrapText(escapeControls(result.feedback, { multiline: true }), width));
  lines.push(t(lang, 'check.expected'), wrapText(escapeControls(result.expected, { multiline: true }), width, '  '));
  const text = `${lines.join('\n')}\n`;
  // An unreadable answer is invalid input (exit 2): say so on stderr, as for every other input error.
  if (result.verdict === 'invalid') output.err(`focal: ${question.id}: ${escapeControls(result.feedback.split('\n')[0]!)}\n`);
  else output.out(text);
}
