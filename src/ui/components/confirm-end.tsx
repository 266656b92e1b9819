import { Box, Text } from 'ink';
import { SHORT_TERMINAL_ROWS } from '../../text/layout.js';
import { useTerminalSize } from './use-terminal-size.js';
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
  const { rows } = useTerminalSize();
  const question = s('confirm.end');
  // On a very short terminal the question and its keys share their lines.
  if (rows < SHORT_TERMINAL_ROWS) {
    return (
      <Footer
        context="confirm"
        lead={
          <Text color={theme.warn} bold>
            {question}
          </Text>
        }
      />
    );
  }
  return (
    <Box flexDirection="column" marginTop={rows < 20 ? 0 : 1}>
      <Paragraph color={theme.warn} bold>
        {question}
      </Paragraph>
      <Footer context="confirm" />
    </Box>
  );
}
