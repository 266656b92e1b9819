import { Box, Text } from 'ink';
import { bindingsOf, type KeyContext } from '../keys/keymap.js';
import type { WordKey } from '../../core/words/index.js';
import { Paragraph } from './paragraph.js';
import { useUi } from '../ui-context.js';
import { useTerminalSize } from './use-terminal-size.js';

/** The keys of a context, from the binding table: `Enter submit · ^T hint · Esc end`. */
export function Footer({ context, hide = [] }: { context: KeyContext; /** Keys not to show now (scrolling when everything fits). */ hide?: WordKey[] }) {
  const { theme, s } = useUi();
  const text = bindingsOf(context, { footerOnly: true })
    .filter((entry) => !hide.includes(entry.describe))
    .map((entry) => [entry.label, s(entry.describe)].filter(Boolean).join(' '))
    .join(' · ');
  // Below 20 rows every row counts: no blank line above the keys.
  const { rows } = useTerminalSize();
  return (
    <Box marginTop={rows < 20 ? 0 : 1}>
      <Text color={theme.muted}>{text}</Text>
    </Box>
  );
}

/** The bottom of a question's input area: why the last answer could not be read, then the keys. */
export function InputFooter({ context, notice }: { context: KeyContext; notice?: string | null }) {
  const { theme, s } = useUi();
  return (
    <Box flexDirection="column">
      {notice ? (
        <Box marginTop={1}>
          <Paragraph color={theme.warn}>{s('field.invalid', { message: notice })}</Paragraph>
        </Box>
      ) : null}
      <Footer context={context} />
    </Box>
  );
}
