import { Box, Text } from 'ink';
import type { DerivationStepMark } from '../../core/grading/types.js';
import { useUi } from '../ui-context.js';
import { formatNumber, formatPoint } from './format.js';

const MARK = { ok: '✓', wrong: '✗', invalid: '?' } as const;

/** The learner's steps, each marked ✓/✗; a failing step with its message or counterexample. */
export function DerivationMarks({ steps }: { steps: DerivationStepMark[] }) {
  const { theme, s } = useUi();
  const width = String(Math.max(...steps.map((step) => step.line), 1)).length;
  return (
    <Box flexDirection="column">
      {steps.map((step) => {
        const color = step.status === 'ok' ? theme.good : step.status === 'wrong' ? theme.bad : theme.warn;
        const why = step.counterexample
          ? s('derivation.differs', {
              point: formatPoint(step.counterexample.point),
              a: formatNumber(step.counterexample.a),
              b: formatNumber(step.counterexample.b),
            })
          : step.message;
        return (
          <Box key={step.line} flexDirection="column">
            <Box>
              <Text color={color}>{`${MARK[step.status]} `}</Text>
              <Text color={theme.muted}>{`${String(step.line).padStart(width)} `}</Text>
              <Box flexShrink={1}>
                <Text>{`${step.relation} ${step.expression}`.trim()}</Text>
              </Box>
            </Box>
            {step.status !== 'ok' && why ? (
              <Box paddingLeft={width + 3}>
                <Text color={color}>{why}</Text>
              </Box>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}
