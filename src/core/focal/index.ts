// Focal-loss reference functions: plain, numerically stable TypeScript (no mathjs).
export { sigmoid, logSigmoid, softplus, logit, logSumExp, logSoftmax, softmax } from './stable.js';
export { ceFromPt, modulatingFactor, focalFromPt, type FocalResult } from './pt.js';
export {
  BINARY_DEFAULTS,
  alphaT,
  binaryFocalFromLogit,
  binaryFocalFromP,
  binaryFocalFromPt,
  type BinaryParams,
  type BinaryFocalResult,
} from './binary.js';
export { SOFTMAX_DEFAULTS, softmaxFocal, type SoftmaxParams, type SoftmaxFocalResult } from './softmax.js';
export { priorBias } from './prior.js';
export { sampleFocalCurve, type CurveOptions, type CurvePoint } from './curve.js';
export type { BinaryTarget } from './validate.js';
export {
  computeLoss,
  lossRequestFromFlags,
  parseNumber,
  parseNumberList,
  type LossFlags,
  type LossRequest,
  type LossResult,
} from './request.js';
export { describeLossInput, formatLossTable, formatNumber, lossJson, type LossJson } from './format.js';
