import type { Lang } from '../../core/i18n.js';
import { makeUi } from '../ui-context.js';
import { runUntilChosen } from '../components/run-until-chosen.js';
import { PlanScreen } from './plan-screen.js';

export interface PlanScreenOptions {
  lines: readonly string[];
  lang: Lang;
  color: boolean;
  canDrill: boolean;
  /** Settles when the screen must close at once (the process was asked to end): as going back. */
  stop?: Promise<void>;
}

/** Shows the plan until the learner starts today's drill (true) or goes back (false). */
export async function runPlanScreen({ lines, lang, color, canDrill, stop }: PlanScreenOptions): Promise<boolean> {
  const choice = await runUntilChosen<true>(
    makeUi(lang, color),
    (choose, back) => <PlanScreen lines={lines} {...(canDrill ? { onDrill: () => choose(true) } : {})} onBack={back} />,
    stop,
  );
  return choice === true;
}
