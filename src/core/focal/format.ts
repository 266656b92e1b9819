import { formatNumber } from '../numbers.js';
import type { LossRequest, LossResult } from './request.js';

/** Loss values and inputs keep six significant figures. */
const figures = (value: number): string => formatNumber(value, 6);

function describeAlpha(request: LossRequest): string {
  if (request.form === 'softmax') {
    const alpha = request.alpha;
    return typeof alpha === 'number' ? `α = ${figures(alpha)}` : `α = [${alpha.map(figures).join(', ')}]`;
  }
  const alpha = request.alpha;
  return alpha < 0 ? 'α off' : `α = ${figures(alpha)}`;
}

/** One line saying what was computed, e.g. "binary focal loss: logit x = 2, target 1, α = 0.25, γ = 2". */
export function describeLossInput(request: LossRequest): string {
  const gamma = `γ = ${figures(request.gamma)}`;
  const alpha = describeAlpha(request);
  switch (request.form) {
    case 'logit':
      return `binary focal loss: logit x = ${figures(request.logit)}, target ${request.target}, ${alpha}, ${gamma}`;
    case 'p':
      return `binary focal loss: p = ${figures(request.p)}, target ${request.target}, ${alpha}, ${gamma}`;
    case 'pt': {
      const target = request.target === undefined ? '' : `, target ${request.target}`;
      return `binary focal loss: pₜ = ${figures(request.pt)}${target}, ${alpha}, ${gamma}`;
    }
    case 'softmax':
      return `softmax focal loss: logits [${request.logits.map(figures).join(', ')}], target class ${request.target}, ${alpha}, ${gamma}`;
  }
}

/** Which x the binary gradient is taken against, for the forms that were not given a logit. */
function gradientNote(request: LossRequest): string {
  if (request.form === 'p') return 'gradient for the logit x = logit(p)';
  if (request.form === 'pt' && request.target === undefined) return 'gradient for the logit x, taking target 1';
  return 'gradient for the logit x';
}

/** The human-readable result: a heading and an aligned table of the loss and its parts. */
export function formatLossTable(request: LossRequest, result: LossResult): string {
  const rows: [string, string, string?][] = [
    ['loss', figures(result.loss), '−αₜ (1 − pₜ)^γ log pₜ'],
    ['CE', figures(result.ce), '−log pₜ'],
    ['pₜ', figures(result.pt), 'probability of the true class'],
    ['(1 − pₜ)^γ', figures(result.modulating), 'modulating factor'],
    ['αₜ', figures(result.alpha_t)],
    ['FL / CE', figures(result.alpha_t * result.modulating), 'αₜ (1 − pₜ)^γ'],
  ];
  if (result.form === 'softmax') {
    rows.push(['dFL/dz', `[${result.grad_logits.map(figures).join(', ')}]`, 'gradient for each logit']);
  } else {
    rows.push(['dFL/dx', figures(result.grad_logit), gradientNote(request)]);
  }
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  const lines = rows.map(([label, value, note]) =>
    `  ${label.padEnd(labelWidth)}  ${note ? `${value.padEnd(valueWidth)}  ${note}` : value}`.trimEnd(),
  );
  return [describeLossInput(request), ...lines].join('\n');
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
