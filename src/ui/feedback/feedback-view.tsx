import { Box, Text } from 'ink';
import type { QuestionInstance } from '../../core/bank/types.js';
import type { GradeResult } from '../../core/grading/types.js';
import { VERDICT_WORD } from '../../text/feedback-text.js';
import { Paragraph } from '../components/paragraph.js';
import { Footer } from '../components/footer.js';
import { ScrollRegion, useScroll, type Scroll } from '../components/scroll-region.js';
import { useCommands } from '../keys/use-commands.js';
import { useUi } from '../ui-context.js';
import { KindMarks, viewOf } from '../kinds/question-input.js';

export interface FeedbackViewProps {
  instance: QuestionInstance;
  /** What the learner answered, as the line protocol reads it. */
  answer: string;
  result: GradeResult;
  /** Why the answer is not saved yet (the session keeps it and tries again), if it is not. */
  unsaved?: string | undefined;
  /** A small Figure 1 for questions about the curve's shape, when there is one. */
  plot?: string | null;
  active: boolean;
  onNext: () => void;
  onHelp: () => void;
  onQuit: () => void;
}

/** After an answer (already saved): the verdict, what was expected, the explanation and its source. */
export function FeedbackView({ instance, answer, result, unsaved, plot, active, onNext, onHelp, onQuit }: FeedbackViewProps) {
  const { lang, theme, s } = useUi();
  const scroll = useScroll();
  useFeedbackCommands(scroll, { onNext, onHelp, onQuit }, active);
  const question = instance.question;
  const steps = result.details?.steps ?? [];
  // A failing step's reason is shown under the step; the rest of the grader's feedback below.
  const feedback = result.feedback
    .split('\n')
    .filter((line) => !steps.some((step) => step.message && line.includes(step.message)))
    .join('\n');
  const color = result.correct ? theme.good : result.verdict === 'partial' ? theme.warn : theme.bad;
  // The verdict and the keys stay on screen; the rest scrolls in its region when the terminal is short.
  return (
    <Box flexDirection="column" flexShrink={1}>
      <Box flexShrink={0}>
        <Text color={color} bold>
          {s(VERDICT_WORD[result.verdict])}
        </Text>
        {result.verdict === 'partial' ? <Text>{`  ${s('feedback.score', { score: result.score.toFixed(2) })}`}</Text> : null}
      </Box>
      {unsaved ? (
        <Box flexShrink={0}>
          <Paragraph color={theme.bad}>{s('feedback.unsaved', { reason: unsaved })}</Paragraph>
        </Box>
      ) : null}
      <ScrollRegion scroll={scroll} keys="↓ PgDn">
        <KindMarks instance={instance} answer={answer} result={result} />
        {feedback ? <Paragraph>{feedback}</Paragraph> : null}
        {!result.correct && result.expected && viewOf(question).expectedInFeedback ? <Paragraph>{s('feedback.expected', { answer: result.expected })}</Paragraph> : null}
        <Box marginTop={1}>
          <Paragraph>{instance.explanation[lang]}</Paragraph>
        </Box>
        {plot ? (
          <Box marginTop={1}>
            <Text>{plot}</Text>
          </Box>
        ) : null}
        <Paragraph color={theme.muted}>{s('feedback.source', { source: instance.question.source })}</Paragraph>
      </ScrollRegion>
      <Box flexShrink={0}>
        <Footer context="feedback" hide={scroll.overflows ? [] : ['key.scroll']} />
      </Box>
    </Box>
  );
}

/** The keys of a screen after a question: next, keys, end, and scrolling its region. */
export function useFeedbackCommands(scroll: Scroll, { onNext, onHelp, onQuit }: { onNext: () => void; onHelp: () => void; onQuit: () => void }, active: boolean) {
  useCommands(
    'feedback',
    (command) => {
      if (command.name === 'next') onNext();
      else if (command.name === 'help') onHelp();
      else if (command.name === 'quit') onQuit();
      else if (command.name === 'scrollUp') scroll.by(-1);
      else if (command.name === 'scrollDown') scroll.by(1);
      else if (command.name === 'pageUp') scroll.page(-1);
      else if (command.name === 'pageDown') scroll.page(1);
    },
    active,
  );
}
