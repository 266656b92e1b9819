import { readFile, stat } from 'node:fs/promises';
import { escapeControls } from '../../core/terminal-text.js';
import type { CommandModule } from 'yargs';
import { InputError } from '../../core/errors.js';
import type { Lang } from '../../core/i18n.js';
import { t, tSaid } from '../../core/words/index.js';
import { STEP_MARK, STEP_ROLE } from '../../text/feedback-text.js';
import { ROLES, styled } from '../../text/style.js';
import { DERIVATION_LIMITS } from '../../core/math/limits.js';
import type { DerivationStep } from '../../core/math/index.js';
import { action, EXIT } from '../action.js';
import { settingsFrom, type GlobalArgs } from '../globals.js';
import { expressionArg } from '../expression-args.js';
import { u } from '../usage-words.js';

interface DeriveArgs extends GlobalArgs {
  file: string;
}

export const deriveCommand: CommandModule<GlobalArgs, DeriveArgs> = {
  command: 'derive <file>',
  get describe() {
    return u('usage.derive');
  },
  builder: (y) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: u('usage.derive.file') })
      .example('$0 derive steps.txt', u('usage.derive.example'))
      .example('printf "x^2\\nd/dx = 2*x\\n" | $0 derive -', u('usage.derive.example2'))
      .epilogue(
        u('usage.derive.epilogue'),
      ),
  handler: action(async (argv, output) => {
    const settings = settingsFrom(argv);
    // yargs turns a lone "-" into "": read it back from the command line.
    const file = expressionArg(argv, argv.file, 'derive', 0);
    const name = file === '-' ? '<stdin>' : file;
    const text = await readDocument(file);
    const { checkDerivation } = await import('../../core/math/index.js');
    const result = checkDerivation(text);
    if (!result.ok) {
      const { said, line, column } = result.error;
      throw new InputError(said, { file: name, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) });
    }
    const { steps } = result.value;
    const exit = steps.some((step) => step.status === 'invalid')
      ? EXIT.invalid
      : steps.some((step) => step.status === 'wrong')
        ? EXIT.negative
        : EXIT.ok;

    if (settings.json) {
      output.out(`${JSON.stringify({ ok: result.value.ok, steps: steps.map(toJson) })}\n`);
    } else {
      output.out(render(steps, settings.color, settings.lang));
    }
    return exit;
  }),
};

/**
 * Reads the derivation as text, refusing at once what cannot be one: a device, FIFO or socket
 * (`/dev/urandom` would never end), more bytes than a derivation may have, or bytes that are
 * not UTF-8 text.
 */
async function readDocument(file: string): Promise<string> {
  const name = file === '-' ? 'stdin' : file;
  const limit = DERIVATION_LIMITS.bytes;
  let bytes: Buffer;
  try {
    if (file === '-') {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        size += (chunk as Buffer).length;
        if (size > limit) throw new InputError({ key: 'error.cannotRead', params: { file: 'stdin', reason: { key: 'error.tooBig', params: { limit } } } });
        chunks.push(chunk as Buffer);
      }
      bytes = Buffer.concat(chunks);
    } else {
      const info = await stat(file);
      if (info.isDirectory()) throw new InputError({ key: 'error.cannotRead', params: { file, reason: { key: 'error.isFolder' } } });
      if (!info.isFile()) throw new InputError({ key: 'error.cannotRead', params: { file, reason: { key: 'error.notRegular' } } });
      if (info.size > limit) throw new InputError({ key: 'error.cannotRead', params: { file, reason: { key: 'error.sizeTooBig', params: { size: info.size, limit } } } });
      bytes = await readFile(file);
      if (bytes.length > limit) throw new InputError({ key: 'error.cannotRead', params: { file, reason: { key: 'error.tooBig', params: { limit } } } });
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const known = code === 'ENOENT' ? 'error.noSuchFile' : code === 'EISDIR' ? 'error.isFolder' : code === 'EACCES' ? 'error.permission' : null;
    throw new InputError({ key: 'error.cannotRead', params: { file: name, reason: known ? { key: known } : (error as Error).message } });
  }
  return asText(bytes, name);
}

/** UTF-8 text without NUL bytes, or a one-line refusal. */
function asText(bytes: Buffer, name: string): string {
  if (bytes.includes(0)) throw new InputError({ key: 'error.cannotRead', params: { file: name, reason: { key: 'error.notText' } } });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError({ key: 'error.cannotRead', params: { file: name, reason: { key: 'error.notUtf8' } } });
  }
}

function toJson(step: DerivationStep) {
  const { line, relation, status, said, counterexample, expression, differentiatedBy, column } = step;
  // JSON output stays English.
  const message = said && tSaid('en', said);
  return { line, relation, status, message, counterexample, expression, differentiatedBy, column };
}

function render(steps: DerivationStep[], color: boolean, lang: Lang): string {
  const paint = (step: DerivationStep, text: string) => styled(ROLES[STEP_ROLE[step.status]], text, color);
  const lineWidth = String(Math.max(...steps.map((step) => step.line))).length;
  const relationWidth = Math.max(...steps.map((step) => (step.relation === 'start' ? 0 : escapeControls(step.relation).length)));
  const indent = ' '.repeat(3 + lineWidth + 2 + relationWidth + 2);
  let out = '';
  for (const step of steps) {
    const relation = step.relation === 'start' ? '' : escapeControls(step.relation);
    out += ` ${paint(step, STEP_MARK[step.status])} ${String(step.line).padStart(lineWidth)}  ${relation.padEnd(relationWidth)}  ${escapeControls(step.expression)}\n`;
    if (step.said) {
      const message = step.status === 'invalid' && step.column !== undefined ? t(lang, 'derive.column', { column: step.column, message: step.said }) : tSaid(lang, step.said);
      out += `${indent}${paint(step, escapeControls(message))}\n`;
    }
  }
  return out + summary(steps, lang) + '\n';
}

function summary(steps: DerivationStep[], lang: Lang): string {
  const failing = steps.filter((step) => step.status !== 'ok');
  if (failing.length === 0) return t(lang, steps.length === 1 ? 'derive.allHold.one' : 'derive.allHold.many', { n: steps.length });
  const invalid = failing.filter((step) => step.status === 'invalid');
  const wrong = failing.filter((step) => step.status === 'wrong');
  const parts = [
    wrong.length > 0 ? t(lang, 'derive.wrong', { n: wrong.length, line: wrong[0]!.line }) : '',
    invalid.length > 0 ? t(lang, 'derive.unreadable', { n: invalid.length, line: invalid[0]!.line }) : '',
  ].filter(Boolean);
  return t(lang, 'derive.fail', { failing: failing.length, total: steps.length, parts: parts.join(t(lang, 'grading.listSeparator')) });
}
