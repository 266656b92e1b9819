import type { CommandModule } from 'yargs';
import type { GlobalArgs } from '../globals.js';
import { checkCommand } from './check.js';
import { deriveCommand } from './derive.js';
import { drillCommand } from './drill.js';
import { equivCommand } from './equiv.js';
import { evalCommand } from './eval.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { interviewCommand } from './interview.js';
import { lossCommand } from './loss.js';
import { planCommand } from './plan.js';
import { plotCommand } from './plot.js';
import { questionsCommand } from './questions.js';
import { reviewCommand } from './review.js';
import { statsCommand } from './stats.js';

/** Every command, in the order `focal --help` lists them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<GlobalArgs, any>[] = [
  drillCommand,
  reviewCommand,
  statsCommand,
  planCommand,
  interviewCommand,
  checkCommand,
  evalCommand,
  equivCommand,
  deriveCommand,
  lossCommand,
  plotCommand,
  questionsCommand,
  exportCommand,
  importCommand,
];
