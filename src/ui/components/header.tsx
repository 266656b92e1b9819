import { Box, Text } from 'ink';
import type { Difficulty, Kind } from '../../core/bank/types.js';
import { daysLeftText } from '../interview/interview-words.js';
import { useUi } from '../ui-context.js';
import { useTerminalSize } from './use-terminal-size.js';

export interface HeaderProps {
  topic: string;
  kind: Kind;
  difficulty: Difficulty;
  /** 1-based position of this question and the session's length. */
  position: number;
  total: number;
  streak?: number;
  /** Time on this question (`⏱ 12s (≤ 30s: Easy)`), when it is being asked. */
  clock?: string | undefined;
  /** Days to the interview when a date is set (`focal plan`). */
  daysLeft?: number | null;
}

/** `focal-drill · numbers · numeric · ●●○        3/10   streak 2`, then a rule across the terminal. */
export function Header({ topic, kind, difficulty, position, total, streak, clock, daysLeft }: HeaderProps) {
  const { theme, s, lang } = useUi();
  const { columns } = useTerminalSize();
  const dots = '●'.repeat(difficulty) + '○'.repeat(3 - difficulty);
  // The code-review topic asks code-review questions: name it once.
  const kindName = s(`kind.${kind}`);
  const about = topic === kindName ? topic : `${topic} · ${kindName}`;
  const right = [`${position}/${total}`, streak ? s('header.streak', { n: streak }) : '', clock ?? '', daysLeft != null ? daysLeftText(lang, daysLeft) : ''].filter(Boolean).join('   ');
  return (
    <Box flexDirection="column">
      <Box justifyContent="space-between">
        <Box flexShrink={1}>
          <Text wrap="truncate-end">
            <Text color={theme.accent} bold>
              {s('app.name')}
            </Text>
            {` · ${about} · ${dots}`}
          </Text>
        </Box>
        <Box flexShrink={0} marginLeft={2}>
          <Text>{right}</Text>
        </Box>
      </Box>
      <Text color={theme.muted}>{'─'.repeat(Math.max(0, columns - 2))}</Text>
    </Box>
  );
}
