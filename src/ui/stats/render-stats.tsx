import { renderToString } from 'ink';
import type { Lang } from '../../core/i18n.js';
import type { ProgressReport } from '../../core/schedule/progress.js';
import { UiProvider, makeUi } from '../ui-context.js';
import { StatsScreen } from './stats-screen.js';

export interface RenderStatsOptions {
  lang: Lang;
  color: boolean;
  /** Terminal width to lay out for. */
  columns: number;
  /** A topic's name in `lang`. */
  topicName: (topic: string) => string;
}

/** The stats screen as text, for printing once (stats is a report, not an interactive screen). */
export function renderStats(report: ProgressReport, { lang, color, columns, topicName }: RenderStatsOptions): string {
  return renderToString(
    <UiProvider ui={makeUi(lang, color, topicName)}>
      <StatsScreen report={report} />
    </UiProvider>,
    { columns },
  );
}
