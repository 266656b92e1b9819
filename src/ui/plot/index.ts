export { renderLossPlot, checkCurves, CURVE_MARKERS, type LossPlotOptions } from './loss-plot.js';
