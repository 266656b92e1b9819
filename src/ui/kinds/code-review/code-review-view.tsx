import { Box, Text } from 'ink';
import type { CodeReviewQuestion } from '../../../core/kinds/code-review.js';
import { useTerminalSize } from '../../components/use-terminal-size.js';
import { InputFooter } from '../../components/footer.js';
import { useEagerReducer } from '../../components/use-eager-reducer.js';
import { useQuestionCommands } from '../../keys/use-commands.js';
import type { KindInputProps } from '../kind-input-props.js';
import { useUi } from '../../ui-context.js';
import { codeReviewAnswer, codeReviewReducer, initialCodeReview, windowStart } from './code-review-state.js';

export interface CodeReviewViewProps extends KindInputProps<CodeReviewQuestion> {
  /** Rows for this whole input area: the listing scrolls within them. */
  height?: number | undefined;
}

/** The snippet with line numbers, scrolled around the cursor; space or digits pick lines. */
export function CodeReviewView({ question, active, notice, onSubmit, height, ...commands }: CodeReviewViewProps) {
  const { theme, s } = useUi();
  const { rows } = useTerminalSize();
  // Tabs would break the column arithmetic of the gutter; four spaces read the same.
  const lines = question.code.replace(/\n$/, '').replace(/\t/g, '    ').split('\n');
  const [state, dispatch, current] = useEagerReducer(codeReviewReducer(lines.length), initialCodeReview);
  useQuestionCommands(
    'lines',
    commands,
    (command) => {
      if (command.name !== 'submit') return dispatch(command);
      if (current().picked.length > 0) onSubmit(codeReviewAnswer(current()));
    },
    active,
    () => current().picked.length > 0,
  );
  // Below the listing: the selection line, the footer with its margin, and a notice when there is one.
  const below = 3 + (notice ? 2 : 0);
  const visible = Math.max(4, Math.min(lines.length, (height ?? rows - 8) - below));
  const start = windowStart(state.cursor, lines.length, visible);
  const numberWidth = String(lines.length).length;
  const status = [
    s('codeReview.selected', { lines: state.picked.length > 0 ? state.picked.join(', ') : s('codeReview.none') }),
    state.digits !== '' ? s('codeReview.jump', { digits: state.digits }) : '',
  ];
  return (
    <Box flexDirection="column">
      {lines.slice(start, start + visible).map((code, offset) => {
        const index = start + offset;
        const here = index === state.cursor;
        const picked = state.picked.includes(index + 1);
        const gutter = `${here ? '▸' : ' '}${picked ? '[x]' : '   '}${String(index + 1).padStart(numberWidth)} │ `;
        return (
          <Box key={index}>
            <Box flexShrink={0}>
              <Text color={here ? theme.selection : picked ? theme.warn : theme.muted} bold={here}>
                {gutter}
              </Text>
            </Box>
            <Box flexShrink={1}>
              <Text wrap="truncate-end" color={here ? theme.selection : undefined}>
                {code.length > 0 ? code : ' '}
              </Text>
            </Box>
          </Box>
        );
      })}
      <Text color={theme.muted}>{status.filter(Boolean).join('   ')}</Text>
      <InputFooter context="lines" notice={notice} active={active} />
    </Box>
  );
}
