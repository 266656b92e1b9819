import { Box, Text } from 'ink';
import type { QuestionInstance } from '../../core/bank/types.js';
import { Footer } from '../components/footer.js';
import { Paragraph } from '../components/paragraph.js';
import { ScrollRegion, useScroll } from '../components/scroll-region.js';
import { useFeedbackCommands } from './feedback-view.js';
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
  const scroll = useScroll();
  useFeedbackCommands(scroll, { onNext, onHelp, onQuit }, active);
  return (
    <Box flexDirection="column" flexShrink={1}>
      <Box flexShrink={0}>
        <Text color={theme.warn} bold>
          {s('skip.title')}
        </Text>
      </Box>
      <ScrollRegion scroll={scroll} keys="↓ PgDn">
        {answer ? <Paragraph>{s('skip.answer', { answer })}</Paragraph> : null}
        <Box marginTop={1}>
          <Paragraph>{instance.explanation[lang]}</Paragraph>
        </Box>
        <Paragraph color={theme.muted}>{s('feedback.source', { source: instance.question.source })}</Paragraph>
      </ScrollRegion>
      <Box flexShrink={0}>
        <Footer context="feedback" hide={scroll.overflows ? [] : ['key.scroll']} />
      </Box>
    </Box>
  );
}
