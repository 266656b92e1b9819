import { Box } from 'ink';
import { useCommands } from '../keys/use-commands.js';
import { useUi } from '../ui-context.js';
import { Footer } from './footer.js';
import { Paragraph } from './paragraph.js';

/** "End the session?" over an answer not submitted: Esc or y end, any other key goes back to it. */
export function ConfirmEnd({ onEnd, onBack }: { onEnd: () => void; onBack: () => void }) {
  const { theme, s } = useUi();
  useCommands('confirm', (command) => {
    if (command.name === 'quit') onEnd();
    else if (command.name === 'cancel') onBack();
  });
  return (
    <Box flexDirection="column" marginTop={1}>
      <Paragraph color={theme.warn} bold>
        {s('confirm.end')}
      </Paragraph>
      <Footer context="confirm" />
    </Box>
  );
}
