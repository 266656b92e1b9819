import type { Lang } from '../i18n.js';
import { formatNumber } from '../numbers.js';
import { t } from '../words/index.js';
import type { LossRequest, LossResult } from './request.js';

/** Loss values and inputs keep six significant figures. */
const figures = (value: number): string => formatNumber(value, 6);

function describeAlpha(request: LossRequest, lang: Lang): string {
  if (request.form === 'softmax') {
    const alpha = request.alpha;
    return typeof alpha === 'number' ? `α = ${figures(alpha)}` : `α = [${alpha.map(figures).join(', ')}]`;
  }
  const alpha = request.alpha;
  return alpha < 0 ? t(lang, 'loss.alphaOff') : `α = ${figures(alpha)}`;
}

/** One line saying what was computed, e.g. "binary focal loss: logit x = 2, target 1, α = 0.25, γ = 2". */
export function describeLossInput(request: LossRequest, lang: Lang = 'en'): string {
  const gamma = `γ = ${figures(request.gamma)}`;
  const alpha = describeAlpha(request, lang);
  const inputs = (...parts: string[]) => ({ inputs: parts.join(t(lang, 'loss.separator')) });
  const target = (value: number) => t(lang, 'loss.target', { target: value });
  switch (request.form) {
    case 'logit':
      return t(lang, 'loss.binary', inputs(`logit x = ${figures(request.logit)}`, target(request.target), alpha, gamma));
    case 'p':
      return t(lang, 'loss.binary', inputs(`p = ${figures(request.p)}`, target(request.target), alpha, gamma));
    case 'pt': {
      const given = request.target === undefined ? [] : [target(request.target)];
      return t(lang, 'loss.binary', inputs(`pₜ = ${figures(request.pt)}`, ...given, alpha, gamma));
    }
    case 'softmax':
      return t(lang, 'loss.softmax', inputs(`logits [${request.logits.map(figures).join(', ')}]`, t(lang, 'loss.targetClass', { target: request.target }), alpha, gamma));
  }
}

/** Which x the binary gradient is taken against, for the forms that were not given a logit. */
function gradientNote(request: LossRequest, lang: Lang): string {
  if (request.form === 'p') return t(lang, 'loss.gradientFromP');
  if (request.form === 'pt' && request.target === undefined) return t(lang, 'loss.gradientTarget1');
  return t(lang, 'loss.gradientLogit');
}

/** The human-readable result: a heading and an aligned table of the loss and its parts. */
export function formatLossTable(request: LossRequest, result: LossResult, lang: Lang = 'en'): string {
  const rows: [string, string, string?][] = [
    ['loss', figures(result.loss), '−αₜ (1 − pₜ)^γ log pₜ'],
    ['CE', figures(result.ce), '−log pₜ'],
    ['pₜ', figures(result.pt), t(lang, 'loss.probabilityOfTrue')],
    ['(1 − pₜ)^γ', figures(result.modulating), t(lang, 'loss.modulating')],
    ['αₜ', figures(result.alpha_t)],
    ['FL / CE', figures(result.alpha_t * result.modulating), 'αₜ (1 − pₜ)^γ'],
  ];
  if (result.form === 'softmax') {
    rows.push(['dFL/dz', `[${result.grad_logits.map(figures).join(', ')}]`, t(lang, 'loss.gradientEach')]);
  } else {
    rows.push(['dFL/dx', figures(result.grad_logit), gradientNote(request, lang)]);
  }
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  const lines = rows.map(([label, value, note]) =>
    `  ${label.padEnd(labelWidth)}  ${note ? `${value.padEnd(valueWidth)}  ${note}` : value}`.trimEnd(),
  );
  return [describeLossInput(request, lang), ...lines].join('\n');
}

/** The `--json` document of `focal loss`. */
export interface LossJson {
  loss: number;
  ce: number;
  pt: number;
  modulating: number;
  alpha_t: number;
  /** binary: dFL/dx */
  grad_logit?: number;
  /** multi-class: dFL/dz_j for every logit */
  grad_logits?: number[];
}

export function lossJson(result: LossResult): LossJson {
  const { loss, ce, pt, modulating, alpha_t } = result;
  const gradient = result.form === 'softmax' ? { grad_logits: result.grad_logits } : { grad_logit: result.grad_logit };
  return { loss, ce, pt, modulating, alpha_t, ...gradient };
}
