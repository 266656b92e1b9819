import type { CommandModule } from 'yargs';
import { action } from '../action.js';
import { settingsFrom, type GlobalArgs } from '../globals.js';
import type { Output } from '../output.js';
import { u } from '../usage-words.js';

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
  get describe() {
    return u('usage.plot');
  },
  builder: (y) =>
    y
      .option('gamma', { type: 'string', default: '0,0.5,1,2,5', describe: u('usage.plot.gamma') })
      .option('alpha', { type: 'string', describe: u('usage.plot.alpha'), defaultDescription: '1' })
      .option('width', { type: 'string', describe: u('usage.plot.width'), defaultDescription: u('usage.plot.width.default') })
      .option('height', { type: 'string', describe: u('usage.plot.height'), defaultDescription: u('usage.plot.height.default') })
      .example('$0 plot', u('usage.plot.example'))
      .example('$0 plot --gamma 0,2 --width 60', u('usage.plot.example2'))
      .example('$0 plot --json', u('usage.plot.example3')),
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
