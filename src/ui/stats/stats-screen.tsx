import { Box, Text } from 'ink';
import type { ProgressReport } from '../../core/schedule/progress.js';
import { bar } from '../components/bar.js';
import { displayWidth, padDisplay } from '../components/display-width.js';
import { useUi } from '../ui-context.js';
import { accuracyChart } from './accuracy-chart.js';

/** `focal stats` on a terminal: the numbers, mastery per topic, and recent accuracy as a chart. */
export function StatsScreen({ report }: { report: ProgressReport }) {
  const { theme, s, topic } = useUi();
  const chart = accuracyChart(report.history, { color: theme.color });
  const figures: [string, string][] = [
    [s('stats.attempts'), String(report.attempts)],
    [s('stats.accuracy'), `${Math.round(report.accuracy * 100)}%`],
    [s('stats.due'), String(report.due)],
    [s('stats.streak'), String(report.streak)],
  ];
  const nameWidth = Math.max(displayWidth(s('stats.topic')), ...report.topics.map((entry) => displayWidth(topic(entry.topic))));
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold color={theme.accent}>
        {s('stats.title')}
      </Text>
      <Text>{figures.map(([label, value]) => `${label} ${value}`).join('   ')}</Text>
      <Box flexDirection="column" marginTop={1}>
        <Text color={theme.muted}>{`${padDisplay(s('stats.topic'), nameWidth)}  ${s('stats.attempts')} · ${s('stats.accuracy')} · ${s('review.mastery')}`}</Text>
        {report.topics.map((entry) => (
          <Text key={entry.topic}>
            {`${padDisplay(topic(entry.topic), nameWidth)}  ${String(entry.attempts).padStart(4)}  ${`${Math.round(entry.accuracy * 100)}%`.padStart(4)}  ${bar(entry.mastery)} ${entry.mastery.toFixed(2)}`}
          </Text>
        ))}
      </Box>
      <Box flexDirection="column" marginTop={1}>
        <Text bold>{s('stats.recent', { days: report.history.length })}</Text>
        <Text>{chart ?? s('stats.noHistory')}</Text>
      </Box>
    </Box>
  );
}
