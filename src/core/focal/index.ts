// Focal-loss reference functions: plain, numerically stable TypeScript (no mathjs).
export { sigmoid, logSigmoid, softplus, logit, logSoftmax, softmax } from './stable.js';
export { ceFromPt, modulatingFactor, focalFromPt } from './pt.js';
export { binaryFocalFromLogit, binaryFocalFromP, binaryFocalFromPt } from './binary.js';
export { softmaxFocal } from './softmax.js';
export { priorBias } from './prior.js';
export { sampleFocalCurve } from './curve.js';
export { computeLoss, lossRequestFromFlags, parseNumber, parseNumberList, type LossFlags } from './request.js';
export { formatLossTable, lossJson } from './format.js';
