import { InputError } from '../errors.js';
import {
  BINARY_DEFAULTS,
  binaryFocalFromLogit,
  binaryFocalFromP,
  binaryFocalFromPt,
  type BinaryFocalResult,
} from './binary.js';
import { SOFTMAX_DEFAULTS, softmaxFocal, type SoftmaxFocalResult } from './softmax.js';

/**
 * The `focal loss` options as typed (strings, so that the messages can quote them) and the
 * calculation they ask for. Pure: the CLI passes its argv, a TUI could pass its own fields.
 */
export interface LossFlags {
  logit?: string;
  p?: string;
  pt?: string;
  target?: string;
  logits?: string;
  alpha?: string;
  gamma?: string;
}

/** A calculation with its defaults filled in, so that it can also be shown as asked. */
export type LossRequest =
  | { form: 'logit'; logit: number; target: number; alpha: number; gamma: number }
  | { form: 'p'; p: number; target: number; alpha: number; gamma: number }
  | { form: 'pt'; pt: number; target?: number; alpha: number; gamma: number }
  | { form: 'softmax'; logits: number[]; target: number; alpha: number | number[]; gamma: number };

export type LossResult =
  | ({ form: 'logit' | 'p' | 'pt' } & BinaryFocalResult)
  | ({ form: 'softmax' } & SoftmaxFocalResult);

const INPUTS = ['logit', 'p', 'pt', 'logits'] as const;

/** A number typed by the user; `flag` names it in the message. */
export function parseNumber(text: string, flag: string): number {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) throw new InputError({ key: 'error.notANumber', params: { flag, text } });
  return value;
}

/** A comma-separated list of numbers, e.g. "2,0.5,-1". */
export function parseNumberList(text: string, flag: string): number[] {
  if (text.trim() === '') throw new InputError({ key: 'error.emptyList', params: { flag } });
  return text.split(',').map((part, i) => {
    const value = part.trim() === '' ? Number.NaN : Number(part);
    if (!Number.isFinite(value)) throw new InputError({ key: 'error.listItem', params: { flag, index: i + 1, text: part.trim() } });
    return value;
  });
}

export function lossRequestFromFlags(flags: LossFlags): LossRequest {
  const given = INPUTS.filter((name) => flags[name] !== undefined);
  if (given.length === 0) {
    throw new InputError({ key: 'error.lossInput' });
  }
  if (given.length > 1) {
    throw new InputError({ key: 'error.lossInputs', params: { flags: { join: given.map((name) => `--${name}`), with: 'error.and' } } });
  }
  const optional = (text: string | undefined, flag: string) => (text === undefined ? undefined : parseNumber(text, flag));
  const gamma = optional(flags.gamma, '--gamma');
  const target = optional(flags.target, '--target');
  const form = given[0]!;

  if (form === 'logits') {
    const logits = parseNumberList(flags.logits!, '--logits');
    if (target === undefined) throw new InputError({ key: 'error.targetClasses', params: { last: logits.length - 1 } });
    const alphaList = flags.alpha === undefined ? undefined : parseNumberList(flags.alpha, '--alpha');
    const alpha = alphaList === undefined ? SOFTMAX_DEFAULTS.alpha : alphaList.length === 1 ? alphaList[0]! : alphaList;
    return { form: 'softmax', logits, target, alpha, gamma: gamma ?? SOFTMAX_DEFAULTS.gamma };
  }

  if (flags.alpha?.includes(',')) throw new InputError({ key: 'error.alphaList' });
  const weights = { alpha: optional(flags.alpha, '--alpha') ?? BINARY_DEFAULTS.alpha, gamma: gamma ?? BINARY_DEFAULTS.gamma };
  if (form === 'pt') return { form, pt: parseNumber(flags.pt!, '--pt'), target, ...weights };
  if (target === undefined) throw new InputError({ key: 'error.targetBinaryFlag', params: { form } });
  if (form === 'p') return { form, p: parseNumber(flags.p!, '--p'), target, ...weights };
  return { form, logit: parseNumber(flags.logit!, '--logit'), target, ...weights };
}

/** Runs the calculation a request names; the core functions validate ranges. */
export function computeLoss(request: LossRequest): LossResult {
  switch (request.form) {
    case 'logit':
      return { form: request.form, ...binaryFocalFromLogit(request.logit, request.target, request) };
    case 'p':
      return { form: request.form, ...binaryFocalFromP(request.p, request.target, request) };
    case 'pt':
      return { form: request.form, ...binaryFocalFromPt(request.pt, request) };
    case 'softmax':
      return { form: request.form, ...softmaxFocal(request.logits, request.target, request) };
  }
}
