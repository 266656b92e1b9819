export { renderLossPlot, checkCurves, CURVE_MARKERS, PLOT_LIMITS, type LossPlotOptions } from './loss-plot.js';
