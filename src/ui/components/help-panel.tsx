import { Box, Text } from 'ink';
import { bindingsOf, type KeyContext } from '../keys/keymap.js';
import { useCommands } from '../keys/use-commands.js';
import { useUi } from '../ui-context.js';
import { Footer } from './footer.js';

/** Every key of the given contexts, with a note on what is special about them. Any close key returns. */
export function HelpPanel({ contexts, onClose }: { contexts: KeyContext[]; onClose: () => void }) {
  const { theme, s } = useUi();
  useCommands('help', (command) => {
    if (command.name === 'help') onClose();
  });
  const seen = new Set<string>();
  const entries = contexts.flatMap((context) => bindingsOf(context)).filter((entry) => {
    const id = `${entry.label} ${entry.describe}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const width = Math.max(...entries.map((entry) => entry.label.length));
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={theme.accent} paddingX={1}>
      <Text bold>{s('help.title')}</Text>
      {entries.map((entry) => (
        <Text key={`${entry.label} ${entry.describe}`}>{`${entry.label.padEnd(width)}  ${s(entry.describe)}`}</Text>
      ))}
      {contexts.includes('choice') ? <Text>{s('help.letters')}</Text> : null}
      {contexts.includes('lines') ? <Text>{s('help.digits')}</Text> : null}
      {contexts.includes('field') || contexts.includes('editor') ? <Text color={theme.muted}>{s('help.fieldNote')}</Text> : null}
      <Text color={theme.muted}>{s('help.hintCost')}</Text>
      <Footer context="help" />
    </Box>
  );
}
