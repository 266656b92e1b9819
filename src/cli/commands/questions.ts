import { statSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import type { Bank } from '../../core/bank/bank.js';
import type { Question, QuestionInstance } from '../../core/bank/types.js';
import { KINDS } from '../../core/bank/types.js';
import { InputError } from '../../core/errors.js';
import { t, type WordKey, type WordParams } from '../../core/words/index.js';
import { styled } from '../../text/style.js';
import { displayWidth, padDisplay } from '../../text/width.js';
import { optionLetter } from '../../core/kinds/letters.js';
import type { Lang } from '../../core/i18n.js';
import { action, EXIT } from '../action.js';
import { seedOptionSpec } from '../number-options.js';
import { openBank, seedOption } from '../bank.js';
import { settingsFrom, type GlobalArgs, type Settings } from '../globals.js';
import type { Output } from '../output.js';
import type { NewArgs } from '../new-question.js';
import { terminalWidth, wrapText } from '../wrap-text.js';
import { u } from '../usage-words.js';

interface ListArgs extends GlobalArgs {
  topic?: string[];
  kind?: string[];
}

interface ShowArgs extends GlobalArgs {
  id: string;
  seed?: number;
}

interface ValidateArgs extends GlobalArgs {
  dirs?: string[];
}

export const questionsCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'questions',
  get describe() {
    return u('usage.questions');
  },
  builder: (y) =>
    y
      .command<ListArgs>({
        command: 'list',
        describe: u('usage.questions.list'),
        builder: (q) =>
          q
            .option('topic', { type: 'string', array: true, describe: u('usage.onlyTopics') })
            .option('kind', { type: 'string', array: true, choices: KINDS, describe: u('usage.onlyKinds') })
            .example('$0 questions list --topic numbers', u('usage.questions.example'))
            .example('$0 questions list --kind derivation --json', u('usage.questions.example2')),
        handler: action(list),
      })
      .command<ShowArgs>({
        command: 'show <id>',
        describe: u('usage.questions.show'),
        builder: (q) =>
          q
            .positional('id', { type: 'string', demandOption: true, describe: u('usage.questionId') })
            .option('seed', seedOptionSpec)
            .example('$0 questions show numbers-ratio-param --seed 7', u('usage.questions.example3')),
        handler: action(show),
      })
      .command<ValidateArgs>({
        command: 'validate [dirs..]',
        describe: u('usage.questions.validate'),
        builder: (q) => q.positional('dirs', { type: 'string', array: true, describe: u('usage.questions.dirs') }),
        handler: action(validate),
      })
      .command<NewArgs>({
        command: 'new',
        describe: u('usage.questions.new'),
        builder: (q) =>
          q
            .option('kind', { type: 'string', choices: KINDS, demandOption: true, describe: u('usage.questions.kind') })
            .option('topic', { type: 'string', demandOption: true, describe: u('usage.questions.topic') })
            .example('$0 questions new --kind numeric --topic basics --pack my-pack', u('usage.questions.example4'))
            .example('$0 questions new --kind derivation --topic gradients', u('usage.questions.example5')),
        handler: action(async (argv: NewArgs, output) => {
          const { newQuestion } = await import('../new-question.js');
          return newQuestion(argv, output);
        }),
      })
      .demandCommand(1, u('usage.questions.demandCommand'))
      .example('$0 questions list --topic numbers', u('usage.questions.example6'))
      .example('$0 questions validate questions/my-pack', u('usage.questions.example7')),
  handler: () => {},
};

export async function list(argv: ListArgs, output: Output): Promise<number> {
  const settings = settingsFrom(argv);
  const bank = await openBank(settings);
  const { requireKnownTopics } = await import('../../core/bank/topics.js');
  requireKnownTopics(argv.topic ?? [], bank.topics.keys());
  const questions = bank.questions.filter(
    (question) =>
      (!argv.topic?.length || argv.topic.includes(question.topic)) && (!argv.kind?.length || argv.kind.includes(question.kind)),
  );
  if (settings.json) {
    const rows = questions.map((question) => ({
      id: question.id,
      topic: question.topic,
      kind: question.kind,
      difficulty: question.difficulty,
      parametric: isParametric(question),
      title: titleOf(question, settings.lang),
      source: question.source,
      tags: question.tags,
      pack: question.pack,
    }));
    output.out(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  const width = terminalWidth(output) ?? 120;
  const idWidth = Math.max(2, ...questions.map((question) => question.id.length));
  const topicHead = t(settings.lang, 'questions.topic');
  const kindHead = t(settings.lang, 'questions.kind');
  const topicWidth = Math.max(displayWidth(topicHead), ...questions.map((question) => question.topic.length));
  const kindWidth = Math.max(displayWidth(kindHead), ...questions.map((question) => question.kind.length));
  const head = `${'ID'.padEnd(idWidth)}  ${padDisplay(topicHead, topicWidth)}  ${padDisplay(kindHead, kindWidth)}  D  P  ${t(settings.lang, 'questions.question')}`;
  const lines = [bold(head, settings.color)];
  for (const question of questions) {
    const left = `${question.id.padEnd(idWidth)}  ${question.topic.padEnd(topicWidth)}  ${question.kind.padEnd(kindWidth)}  ${question.difficulty}  ${isParametric(question) ? '*' : ' '}  `;
    lines.push(left + truncate(titleOf(question, settings.lang), Math.max(20, width - left.length)));
  }
  const topics = new Set(questions.map((question) => question.topic)).size;
  lines.push(
    t(settings.lang, 'questions.count', {
      questions: { key: questions.length === 1 ? 'questions.n.one' : 'questions.n.many', params: { n: questions.length } },
      topics: { key: topics === 1 ? 'questions.topics.one' : 'questions.topics.many', params: { n: topics } },
    }),
  );
  output.out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

export async function show(argv: ShowArgs, output: Output): Promise<number> {
  const settings = settingsFrom(argv);
  const seed = seedOption(argv.seed);
  const bank = await openBank(settings);
  const question = bank.require(argv.id);
  const { instanceOf } = await import('../../core/bank/instance.js');
  const instance = await instanceOf(question, seed);
  const [{ answerKey }, { specOf }] = await Promise.all([import('../../core/grading/answer-key.js'), import('../../core/kinds/specs.js')]);
  const lang = settings.lang;
  const answer = answerKey(instance, lang);
  const spec = specOf(instance.question);
  if (settings.json) {
    const document = {
      id: question.id,
      topic: question.topic,
      kind: question.kind,
      prompt: instance.prompt[lang],
      answer: answer.data,
      explanation: instance.explanation[lang],
      source: question.source,
      difficulty: question.difficulty,
      tags: question.tags,
      pack: question.pack,
      seed: instance.seed,
      params: instance.params,
      expected: answer.text,
      ...(instance.hint ? { hint: instance.hint[lang] } : {}),
      ...(instance.optionOrder ? { optionOrder: instance.optionOrder.map((index) => index + 1) } : {}),
      ...spec.jsonExtras(instance.question, lang),
    };
    output.out(`${JSON.stringify(document, null, 2)}\n`);
    return EXIT.ok;
  }
  output.out(`${renderShow(bank, instance, answer.text, spec.details(instance.question, lang), settings, terminalWidth(output))}
`);
  return EXIT.ok;
}

function renderShow(
  bank: Bank,
  instance: QuestionInstance,
  expected: string,
  details: string[],
  settings: Settings,
  width: number | undefined,
): string {
  const { lang, color } = settings;
  const question = instance.question;
  const say = (key: WordKey, params?: WordParams) => t(lang, key, params);
  const topic = bank.topics.get(question.topic)?.[lang] ?? question.topic;
  const seed = instance.seed === null ? '' : ` · ${say('questions.seed', { seed: instance.seed, about: seedDescription(instance, lang) })}`;
  const wrap = (text: string, indent = '') => wrapText(text, width, indent);
  const parts = [
    bold(`${question.id}`, color) + ` · ${topic} · ${question.kind} · ${say('questions.difficulty', { difficulty: question.difficulty })}${seed}`,
    '',
    wrap(instance.prompt[lang]),
    ...(details.length > 0 ? ['', ...details] : []),
    '',
    bold(say('questions.answer'), color),
    wrap(expected, '  '),
    '',
    bold(say('questions.explanation'), color),
    wrap(instance.explanation[lang], '  '),
    ...(instance.hint ? ['', say('questions.label', { label: bold(say('questions.hint'), color), text: instance.hint[lang] })] : []),
    '',
    say('questions.label', { label: say('questions.source'), text: question.source }),
  ];
  return parts.join('\n');
}

/** What the seed decided: the parameters drawn, or the pack-file position of each option shown. */
function seedDescription(instance: QuestionInstance, lang: Lang): string {
  if (instance.optionOrder) {
    const order = instance.optionOrder.map((index, shown) => `${optionLetter(shown)} = ${index + 1}`).join(', ');
    return t(lang, 'questions.optionOrder', { order });
  }
  return Object.entries(instance.params)
    .map(([name, value]) => `${name} = ${value}`)
    .join(', ');
}

export async function validate(argv: ValidateArgs, output: Output): Promise<number> {
  const settings = settingsFrom(argv);
  const dirs = argv.dirs ?? [];
  for (const dir of dirs) {
    if (!isFolder(dir)) throw new InputError({ key: 'error.noSuchFolder', params: { dir } });
  }
  const { validatePackDirs } = await import('../../core/bank/validate.js');
  const { bundledPackDirs } = await import('../../core/bank/bundled.js');
  const { formatProblem, problemJson } = await import('../../core/bank/problems.js');
  const report =
    dirs.length > 0 ? validatePackDirs(dirs, bundledPackDirs()) : validatePackDirs([...bundledPackDirs(), ...settings.packDirs]);
  const packs = report.packs.length;
  const say = (key: WordKey, params?: WordParams) => t(settings.lang, key, params);
  const questionCount = say(report.questionCount === 1 ? 'questions.n.one' : 'questions.n.many', { n: report.questionCount });
  const summary = say(packs === 1 ? 'questions.packs.one' : 'questions.packs.many', { questions: questionCount, n: packs });
  const warnings = report.warnings.length;
  const warned = warnings === 0 ? '' : say(warnings === 1 ? 'questions.warnings.one' : 'questions.warnings.many', { n: warnings });
  if (settings.json) {
    const document = {
      valid: report.problems.length === 0,
      questions: report.questionCount,
      packs: report.packs.map((pack) => ({ id: pack.id, dir: pack.dir, questions: pack.questions.length })),
      problems: report.problems.map(problemJson),
      warnings: report.warnings.map(problemJson),
    };
    output.out(`${JSON.stringify(document, null, 2)}\n`);
    return report.problems.length === 0 ? EXIT.ok : EXIT.negative;
  }
  const lines = [
    ...report.problems.map((problem) => formatProblem(problem, settings.lang)),
    ...report.warnings.map((warning) => say('questions.warning', { problem: formatProblem(warning, settings.lang) })),
  ];
  if (report.problems.length === 0) {
    lines.push(say('questions.valid', { summary, warned }));
  } else {
    const count = report.problems.length;
    lines.push(say(count === 1 ? 'questions.problems.one' : 'questions.problems.many', { n: count, summary, warned }));
  }
  output.out(`${lines.join('\n')}\n`);
  return report.problems.length === 0 ? EXIT.ok : EXIT.negative;
}

function isParametric(question: Question): boolean {
  return question.params !== undefined && Object.keys(question.params).length > 0;
}

/** A one-line title: the prompt's first sentence-ish, placeholders left as written. */
function titleOf(question: Question, lang: Lang): string {
  return question.prompt[lang].replace(/\s+/g, ' ').trim();
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function bold(text: string, color: boolean): string {
  return styled('bold', text, color);
}

function truncate(text: string, width: number): string {
  let used = 0;
  let out = '';
  for (const char of text) {
    used += displayWidth(char);
    if (used > width - 1) return `${out}…`;
    out += char;
  }
  return out;
}
