import { Box, Text } from 'ink';
import type { Difficulty, Kind } from '../../core/bank/types.js';
import { kindName } from '../../core/kinds/index.js';
import { headerAbout, headerRight } from '../../text/drill-header.js';
import { daysLeftText } from '../../text/interview-text.js';
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
  const about = headerAbout(topic, kindName(kind, lang), difficulty);
  const right = headerRight([`${position}/${total}`, streak ? s('header.streak', { n: streak }) : null, clock, daysLeft != null ? daysLeftText(lang, daysLeft) : null]);
  return (
    <Box flexDirection="column">
      <Box justifyContent="space-between">
        <Box flexShrink={1}>
          <Text wrap="truncate-end">
            <Text color={theme.accent} bold>
              {s('app.name')}
            </Text>
            {` · ${about}`}
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
