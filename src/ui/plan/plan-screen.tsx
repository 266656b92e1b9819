import { Box, Text } from 'ink';
import { useCommands } from '../keys/use-commands.js';
import { useUi } from '../ui-context.js';

const FOOTER = {
  en: { drill: "Enter start today's drill · Esc back", back: 'Esc back' },
  zh: { drill: 'Enter 开始今天的练习 · Esc 返回', back: 'Esc 返回' },
} as const;

export interface PlanScreenProps {
  /** The plan as text lines (the same as `focal plan` prints): the date and days left first. */
  lines: readonly string[];
  /** Enter starts today's drill; absent when no interview is ahead. */
  onDrill?: () => void;
  onBack: () => void;
}

/** `focal plan` on a terminal: days left, recall on the day per topic, the daily workload; Enter drills. */
export function PlanScreen({ lines, onDrill, onBack }: PlanScreenProps) {
  const { theme, lang } = useUi();
  useCommands('review', (command) => {
    if (command.name === 'submit' && onDrill) onDrill();
    else if (command.name === 'quit') onBack();
  });
  const [title, ...rest] = lines;
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold color={theme.accent}>
        {title}
      </Text>
      {rest.map((line, index) => (
        <Text key={index} color={/←/.test(line) ? theme.warn : undefined}>
          {line}
        </Text>
      ))}
      <Box marginTop={1}>
        <Text color={theme.muted}>{onDrill ? FOOTER[lang].drill : FOOTER[lang].back}</Text>
      </Box>
    </Box>
  );
}
