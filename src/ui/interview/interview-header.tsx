import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { useTerminalSize } from '../components/use-terminal-size.js';
import { useUi } from '../ui-context.js';
import { clockTime } from '../../text/interview-text.js';
import { t } from '../../core/words/index.js';

export interface InterviewHeaderProps {
  /** 1-based stage number and the number of stages. */
  stage: number;
  stages: number;
  name: string;
  followUp: boolean;
  /** Milliseconds left, read again every second. */
  timeLeft: () => number;
}

/** `mock interview · stage 4/8 · limits (follow-up)          ⏱ 11:42 left`, then a rule. */
export function InterviewHeader({ stage, stages, name, followUp, timeLeft }: InterviewHeaderProps) {
  const { theme, lang } = useUi();
  const { columns } = useTerminalSize();
  const [left, setLeft] = useState(timeLeft());
  useEffect(() => {
    const timer = setInterval(() => setLeft(timeLeft()), 1000);
    return () => clearInterval(timer);
  }, [timeLeft]);
  const about = `${t(lang, 'interview.stage', { index: stage, total: stages, name })}${followUp ? ` ${t(lang, 'interview.followUp')}` : ''}`;
  return (
    <Box flexDirection="column">
      <Box justifyContent="space-between">
        <Box flexShrink={1}>
          <Text wrap="truncate-end">
            <Text color={theme.accent} bold>
              {t(lang, 'interview.title')}
            </Text>
            {` · ${about}`}
          </Text>
        </Box>
        <Box flexShrink={0} marginLeft={2}>
          <Text color={left === 0 ? theme.bad : undefined}>{`⏱ ${t(lang, 'interview.left', { time: clockTime(left) })}`}</Text>
        </Box>
      </Box>
      {left === 0 ? <Text color={theme.warn}>{t(lang, 'interview.timeUpFinish')}</Text> : null}
      <Text color={theme.muted}>{'─'.repeat(Math.max(0, columns - 2))}</Text>
    </Box>
  );
}
