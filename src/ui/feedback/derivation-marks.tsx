import { Box, Text } from 'ink';
import type { DerivationStepMark } from '../../core/grading/types.js';
import { STEP_MARK, STEP_ROLE } from '../../text/feedback-text.js';
import { useUi } from '../ui-context.js';

/** The learner's steps, each marked ✓/✗, a failing step with the grader's reason (its counterexample). */
export function DerivationMarks({ steps }: { steps: DerivationStepMark[] }) {
  const { theme, s } = useUi();
  // Each step as the learner wrote it: `= expr`, `d/dx = expr`; the start marked as such.
  const written = (step: DerivationStepMark) =>
    step.relation === 'start' ? `${step.expression}   (${s('derivation.start')})` : step.relation === '=' ? `= ${step.expression}` : `${step.relation} = ${step.expression}`;
  const width = String(Math.max(...steps.map((step) => step.line), 1)).length;
  return (
    <Box flexDirection="column">
      {steps.map((step) => {
        const color = theme[STEP_ROLE[step.status]];
        return (
          <Box key={step.line} flexDirection="column">
            <Box>
              <Text color={color}>{`${STEP_MARK[step.status]} `}</Text>
              <Text color={theme.muted}>{`${(step.line === 0 ? '' : String(step.line)).padStart(width)} `}</Text>
              <Box flexShrink={1}>
                <Text>{written(step)}</Text>
              </Box>
            </Box>
            {step.status !== 'ok' && step.message ? (
              <Box paddingLeft={width + 3}>
                <Text color={color}>{step.message}</Text>
              </Box>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}
