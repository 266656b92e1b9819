import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import { settingsFrom, type GlobalArgs } from '../globals.js';
import type { Output } from '../output.js';

// Numbers are read as strings and parsed by the core, so that a bad value is quoted back as typed.
interface PlotArgs extends GlobalArgs {
  gamma: string;
  alpha?: string;
  width?: string;
  height?: string;
}

/** Samples per curve in the --json series: pₜ = 0.01, 0.02, …, 1. */
const JSON_POINTS = 100;

/** Fit the terminal (within reason); 72 × 20 when the output is not one. */
function defaultSize({ columns, rows }: Output): { width: number; height: number } {
  if (columns === undefined || rows === undefined) return { width: 72, height: 20 };
  return { width: Math.max(30, Math.min(columns, 100)), height: Math.max(10, Math.min(rows - 2, 30)) };
}

export const plotCommand: CommandModule<GlobalArgs, PlotArgs> = {
  command: 'plot',
  describe: "The paper's Figure 1: loss against pₜ for several γ",
  builder: (y) =>
    y
      .option('gamma', { type: 'string', default: '0,0.5,1,2,5', describe: 'Comma-separated γ values (up to 8)' })
      .option('alpha', { type: 'string', describe: 'Multiply every curve by α ∈ (0, 1]', defaultDescription: '1' })
      .option('width', { type: 'string', describe: 'Plot width in columns (30-400)', defaultDescription: 'terminal, or 72' })
      .option('height', { type: 'string', describe: 'Plot height in lines (10-200)', defaultDescription: 'terminal, or 20' })
      .example('$0 plot', 'curves for γ = 0, 0.5, 1, 2, 5')
      .example('$0 plot --gamma 0,2 --width 60', 'two curves, narrower')
      .example('$0 plot --json', 'the sampled curves as JSON'),
  handler: action(async (argv, output) => {
    const settings = settingsFrom(argv);
    const [focal, plot] = await Promise.all([import('../../core/focal/index.js'), import('../../text/loss-plot.js')]);
    const gammas = focal.parseNumberList(argv.gamma, '--gamma');
    const alpha = argv.alpha === undefined ? 1 : focal.parseNumber(argv.alpha, '--alpha');
    if (settings.json) {
      plot.checkCurves({ gammas, alpha });
      const series = gammas.map((gamma) => ({ gamma, points: focal.sampleFocalCurve({ gamma, alpha, points: JSON_POINTS }) }));
      output.out(`${JSON.stringify({ alpha, gammas, series })}\n`);
      return;
    }
    const size = defaultSize(output);
    const width = argv.width === undefined ? size.width : focal.parseNumber(argv.width, '--width');
    const height = argv.height === undefined ? size.height : focal.parseNumber(argv.height, '--height');
    output.out(`${plot.renderLossPlot({ gammas, alpha, width, height, color: settings.color, lang: settings.lang })}\n`);
  }),
};
