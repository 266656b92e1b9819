import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { bindingsOf, type KeyContext } from '../keys/keymap.js';
import type { WordKey } from '../../core/words/index.js';
import { Paragraph } from './paragraph.js';
import { SHORT_TERMINAL_ROWS } from '../../text/layout.js';
import { wrapText } from '../../text/wrap.js';
import { useUi, type Ui } from '../ui-context.js';
import { useTerminalSize } from './use-terminal-size.js';

/** The keys of a context, from the binding table: `Enter submit · ^T hint · Esc end`. */
export function Footer({ context, hide = [], lead }: { context: KeyContext; /** Keys not to show now (scrolling when everything fits). */ hide?: WordKey[]; /** Said before the keys, in the same lines (a question they answer). */ lead?: ReactNode }) {
  const { theme, s } = useUi();
  // Below 20 rows every row counts: no blank line above the keys.
  const { rows } = useTerminalSize();
  return (
    <Box marginTop={rows < 20 ? 0 : 1}>
      <Text>
        {lead ? <>{lead} </> : null}
        <Text color={theme.muted}>{footerText(context, s, rows, hide)}</Text>
      </Text>
    </Box>
  );
}

const SECONDARY_KEYS: WordKey[] = ['key.move', 'key.toggle', 'key.hint', 'key.skip'];

function footerText(context: KeyContext, s: Ui['s'], rows: number, hide: WordKey[] = []): string {
  const hidden = rows < SHORT_TERMINAL_ROWS ? [...hide, ...SECONDARY_KEYS] : hide;
  return bindingsOf(context, { footerOnly: true })
    .filter((entry) => !hidden.includes(entry.describe))
    .map((entry) => [entry.label, s(entry.describe)].filter(Boolean).join(' '))
    .join(' · ');
}

/** Rows the input footer takes at this size: the keys as wrapped, their margin, and a notice. */
export function useInputFooterRows(context: KeyContext, notice?: string | null): number {
  const { s } = useUi();
  const { rows, columns } = useTerminalSize();
  const lines = (text: string) => wrapText(text, columns - 2).length;
  return lines(footerText(context, s, rows)) + (rows < 20 ? 0 : 1) + (notice ? 1 + lines(s('field.invalid', { message: notice })) : 0);
}

/** The bottom of a question's input area: why the last answer could not be read, then the keys (while they work: `active`). */
export function InputFooter({ context, notice, active = true }: { context: KeyContext; notice?: string | null; active?: boolean }) {
  const { theme, s } = useUi();
  return (
    <Box flexDirection="column">
      {notice ? (
        <Box marginTop={1}>
          <Paragraph color={theme.warn}>{s('field.invalid', { message: notice })}</Paragraph>
        </Box>
      ) : null}
      {active ? <Footer context={context} /> : null}
    </Box>
  );
}
