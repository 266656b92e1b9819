import { binaryFocalFromLogit, softmaxFocal } from '../src/core/focal/index.js';
import { renderLossPlot } from '../src/text/loss-plot.js';
import { FOCAL_BIN, maxRow, median, ratioRow, sampleTimes, timeProcess, type Bench } from './harness.js';

/**
 * CPU time of one call in microseconds (median over `runs` batches of `batch` calls). CPU time,
 * not wall time, so that other processes sharing the two cores do not inflate the figure.
 */
function microsPerCall(fn: () => unknown, batch: number, runs = 30): number {
  for (let i = 0; i < batch; i++) fn(); // warm-up
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = process.cpuUsage();
    for (let i = 0; i < batch; i++) fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / batch);
  }
  return median(times);
}

const bench: Bench = async ({ nodeBaselineMs }) => {
  let x = -1000;
  const logits = [2, 0.5, -1, 3.2, -0.7, 1.1, 0, -2.5, 0.3, 4];
  return [
    ratioRow('focal loss --logit 2 --target 1', timeProcess(process.execPath, [FOCAL_BIN, 'loss', '--logit', '2', '--target', '1']), nodeBaselineMs, 2.5),
    ratioRow('focal plot', timeProcess(process.execPath, [FOCAL_BIN, 'plot']), nodeBaselineMs, 2.5),
    maxRow('binary focal loss + gradient, one call', microsPerCall(() => binaryFocalFromLogit((x = x > 1000 ? -1000 : x + 0.37), 1), 10_000), 'µs', 0.5),
    maxRow('softmax focal loss, 10 classes, one call', microsPerCall(() => softmaxFocal(logits, 3, { alpha: 0.25 }), 10_000), 'µs', 5),
    maxRow('renderLossPlot 72×20, five curves', median(sampleTimes(() => renderLossPlot({ gammas: [0, 0.5, 1, 2, 5], width: 72, height: 20 }), 50)), 'ms', 5),
  ];
};

export default bench;
