import { Box, Text } from 'ink';
import type { TopicProgress } from '../../core/schedule/progress.js';
import { bar } from '../../text/bar.js';
import { displayWidth, padDisplay } from '../../text/width.js';
import { Footer } from '../components/footer.js';
import { useEagerReducer } from '../components/use-eager-reducer.js';
import type { Command } from '../keys/keymap.js';
import { useCommands } from '../keys/use-commands.js';
import { useUi } from '../ui-context.js';

export interface ReviewScreenProps {
  /** Topics, weakest first. */
  topics: readonly Pick<TopicProgress, 'topic' | 'mastery' | 'due'>[];
  onDrill: (topic: string) => void;
  onBack: () => void;
}

/** `focal review`: mastery bars per topic, weakest first; Enter drills the chosen topic. */
export function ReviewScreen({ topics, onDrill, onBack }: ReviewScreenProps) {
  const { theme, s, topic } = useUi();
  const count = topics.length;
  const move = (at: number, command: Command) =>
    command.name === 'up' ? (at - 1 + count) % count : command.name === 'down' ? (at + 1) % count : at;
  const [cursor, dispatch, current] = useEagerReducer(move, 0);
  useCommands('review', (command) => {
    const chosen = topics[current()];
    if (command.name === 'submit' && chosen) onDrill(chosen.topic);
    else if (command.name === 'quit') onBack();
    else dispatch(command);
  });
  const nameWidth = Math.max(0, ...topics.map((entry) => displayWidth(topic(entry.topic))));
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold color={theme.accent}>
        {`${padDisplay(s('review.title'), nameWidth + 2)}  ${s('review.mastery')}`}
      </Text>
      {count === 0 ? <Text>{s('review.empty')}</Text> : null}
      {topics.map((entry, index) => {
        const here = index === cursor;
        const due = entry.due > 0 ? `  ${s('review.due', { n: entry.due })}` : '';
        return (
          <Text key={entry.topic} color={here ? theme.selection : undefined} bold={here}>
            {`${here ? '▸ ' : '  '}${padDisplay(topic(entry.topic), nameWidth)}  ${bar(entry.mastery)}  ${entry.mastery.toFixed(2)}${due}`}
          </Text>
        );
      })}
      <Footer context="review" />
    </Box>
  );
}
