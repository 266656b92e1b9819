import { Box, Text } from 'ink';
import type { QuestionInstance } from '../../core/bank/types.js';
import { Footer } from '../components/footer.js';
import { Paragraph } from '../components/paragraph.js';
import { useCommands } from '../keys/use-commands.js';
import { useUi } from '../ui-context.js';

export interface SkipViewProps {
  instance: QuestionInstance;
  /** The answer as the learner reads it, or null when it could not be worked out. */
  answer: string | null;
  active: boolean;
  onNext: () => void;
  onHelp: () => void;
  onQuit: () => void;
}

/** After a skip (nothing recorded): the answer, the explanation and its source, then the next question. */
export function SkipView({ instance, answer, active, onNext, onHelp, onQuit }: SkipViewProps) {
  const { lang, theme, s } = useUi();
  useCommands(
    'feedback',
    (command) => {
      if (command.name === 'next') onNext();
      else if (command.name === 'help') onHelp();
      else if (command.name === 'quit') onQuit();
    },
    active,
  );
  return (
    <Box flexDirection="column">
      <Text color={theme.warn} bold>
        {s('skip.title')}
      </Text>
      {answer ? <Paragraph>{s('skip.answer', { answer })}</Paragraph> : null}
      <Box marginTop={1}>
        <Paragraph>{instance.explanation[lang]}</Paragraph>
      </Box>
      <Paragraph color={theme.muted}>{s('feedback.source', { source: instance.question.source })}</Paragraph>
      <Footer context="feedback" />
    </Box>
  );
}
