import { FOCAL_BIN, ratioRow, timeProcess, type Bench } from './harness.js';

const bench: Bench = async ({ nodeBaselineMs }) => [
  ratioRow('focal --help', timeProcess(process.execPath, [FOCAL_BIN, '--help']), nodeBaselineMs, 2),
  ratioRow('focal --version', timeProcess(process.execPath, [FOCAL_BIN, '--version']), nodeBaselineMs, 2),
];

export default bench;
