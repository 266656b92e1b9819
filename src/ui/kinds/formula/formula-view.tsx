import { Box, Text } from 'ink';
import type { ExpressionQuestion } from '../../../core/kinds/expression.js';
import type { NumericQuestion } from '../../../core/kinds/numeric.js';
import { TextField } from '../../components/text-field.js';
import { editLine, emptyLine, lineText } from '../../editing/line-editor.js';
import { InputFooter } from '../../components/footer.js';
import { useEagerReducer } from '../../components/use-eager-reducer.js';
import { useQuestionCommands } from '../../keys/use-commands.js';
import type { KindInputProps } from '../kind-input-props.js';
import { useUi } from '../../ui-context.js';
import { previewReads, usePreview } from './preview.js';
import { PreviewLine } from './preview-line.js';
import { useNotice } from '../../components/use-notice.js';

export type FormulaViewProps = KindInputProps<NumericQuestion | ExpressionQuestion>;

/** Numeric and expression answers: a one-line field with a live reading of the input. */
export function FormulaView({ question, active, notice, onSubmit, ...commands }: FormulaViewProps) {
  const { theme, s } = useUi();
  const [line, dispatch, current] = useEagerReducer(editLine, emptyLine);
  const text = lineText(line);
  const preview = usePreview(text, question.kind);
  const shownNotice = useNotice(notice, text, previewReads(preview, question.kind));
  useQuestionCommands(
    'field',
    commands,
    (command) => {
      if (command.name !== 'submit') return dispatch(command);
      const answer = lineText(current());
      if (answer.trim() !== '') onSubmit(answer);
    },
    active,
    () => lineText(current()).trim() !== '',
  );
  return (
    <Box flexDirection="column">
      {question.kind === 'expression' && question.variables.length > 0 ? (
        <Text color={theme.muted}>{s('field.variables', { names: question.variables.join(', ') })}</Text>
      ) : null}
      <Box>
        <Text color={theme.accent}>{`${s('field.answer')} › `}</Text>
        <Box flexDirection="column" flexShrink={1}>
          <TextField state={line} active={active} />
          <PreviewLine preview={preview} />
        </Box>
      </Box>
      <InputFooter context="field" notice={shownNotice} active={active} />
    </Box>
  );
}
