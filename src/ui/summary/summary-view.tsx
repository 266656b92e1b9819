import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { SessionSummary } from '../../core/session/summary.js';
import { bar } from '../../text/bar.js';
import { displayWidth, padDisplay } from '../../text/width.js';
import { Footer } from '../components/footer.js';
import { ScrollRegion, useScroll } from '../components/scroll-region.js';
import { useCommands } from '../keys/use-commands.js';
import { useUi } from '../ui-context.js';
import { dueIn } from '../../text/due-in.js';

export interface SummaryViewProps {
  summary: SessionSummary;
  /** Where the answers are stored, to say so. */
  dbPath?: string;
  now: number;
  active: boolean;
  onClose: () => void;
}

/** The end of a session: score, results per topic, the weakest topics and what is due next. */
export function SummaryView({ summary, dbPath, now, active, onClose }: SummaryViewProps) {
  const { theme, s, topic } = useUi();
  const scroll = useScroll();
  useCommands(
    'summary',
    (command) => {
      if (command.name === 'quit') onClose();
      else if (command.name === 'scrollUp') scroll.by(-1);
      else if (command.name === 'scrollDown') scroll.by(1);
      else if (command.name === 'pageUp') scroll.page(-1);
      else if (command.name === 'pageDown') scroll.page(1);
    },
    active,
  );
  const nameWidth = Math.max(8, ...[...summary.perTopic, ...summary.weakest].map((entry) => displayWidth(topic(entry.topic))));
  const due = [
    s('summary.dueNow', { n: summary.due.now }),
    summary.due.next ? s('summary.nextDue', { when: dueInText(summary.due.next, now, s) }) : '',
  ];
  // The title and the score stay on screen; the details scroll in their region when the terminal is short.
  return (
    <Box flexDirection="column" flexShrink={1}>
      <Box flexDirection="column" flexShrink={0}>
        <Text bold color={theme.accent}>
          {s('summary.title')}
        </Text>
        {summary.answered === 0 ? (
          <Text>{s('summary.nothing')}</Text>
        ) : (
          <Text>
            {s('summary.score', { correct: summary.correct, answered: summary.answered, percent: Math.round((summary.correct / summary.answered) * 100), score: Math.round(summary.score * 100) })}
          </Text>
        )}
      </Box>
      <ScrollRegion scroll={scroll} keys="↓ PgDn">
        {summary.skipped > 0 ? <Text color={theme.muted}>{s('summary.skipped', { n: summary.skipped })}</Text> : null}
        {summary.perTopic.length > 0 ? (
          <Section title={s('summary.byTopic')}>
            {summary.perTopic.map((entry) => (
              <Text key={entry.topic}>
                {`${padDisplay(topic(entry.topic), nameWidth)}  ${entry.correct}/${entry.answered}  ${bar(entry.score)} ${entry.score.toFixed(2)}`}
              </Text>
            ))}
          </Section>
        ) : null}
        <Section title={s('summary.weakest')}>
          {summary.weakest.map((entry) => (
            <Text key={entry.topic}>{`${padDisplay(topic(entry.topic), nameWidth)}  ${bar(entry.mastery)} ${entry.mastery.toFixed(2)}`}</Text>
          ))}
        </Section>
        <Section title={s('summary.dueNext')}>
          <Text>{summary.due.now === 0 && !summary.due.next ? s('summary.noneDue') : due.filter(Boolean).join(' · ')}</Text>
        </Section>
        {dbPath && summary.unsaved > 0 ? <Text color={theme.bad}>{s('summary.unsaved', { n: summary.unsaved, db: dbPath })}</Text> : null}
        {dbPath && summary.answered > 0 && summary.unsaved === 0 ? <Text color={theme.muted}>{s('summary.saved', { db: dbPath })}</Text> : null}
      </ScrollRegion>
      <Box flexShrink={0}>
        <Footer context="summary" hide={scroll.overflows ? [] : ['key.scroll']} />
      </Box>
    </Box>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text bold>{title}</Text>
      <Box flexDirection="column" paddingLeft={2}>
        {children}
      </Box>
    </Box>
  );
}

function dueInText(iso: string, now: number, s: ReturnType<typeof useUi>['s']): string {
  const { unit, n } = dueIn(iso, now);
  return s(`due.${unit}`, { n });
}
