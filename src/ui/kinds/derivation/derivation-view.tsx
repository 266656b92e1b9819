import { Box, Text } from 'ink';
import type { DerivationQuestion } from '../../../core/bank/types.js';
import { TextField } from '../../components/text-field.js';
import { editSteps, emptySteps, enterSubmits, stepsAnswer } from '../../editing/steps-editor.js';
import { lineText } from '../../editing/line-editor.js';
import { useNotice } from '../../components/use-notice.js';
import { PreviewLine } from '../formula/preview-line.js';
import { previewReads, usePreviews, type PreviewKind } from '../formula/preview.js';
import { InputFooter } from '../../components/footer.js';
import { useEagerReducer } from '../../components/use-eager-reducer.js';
import { useQuestionCommands } from '../../keys/use-commands.js';
import type { KindInputProps } from '../kind-input-props.js';
import { useUi } from '../../ui-context.js';

export type DerivationViewProps = KindInputProps<DerivationQuestion>;

/** A small editor, one derivation step per line; Enter on an empty last line (or ^D) submits. */
export function DerivationView({ question, active, notice, onSubmit, ...commands }: DerivationViewProps) {
  const { theme, s } = useUi();
  const [state, dispatch, current] = useEagerReducer(editSteps, emptySteps);
  const submit = () => {
    const answer = stepsAnswer(current());
    if (answer !== '') onSubmit(answer);
  };
  useQuestionCommands(
    'editor',
    commands,
    (command) => {
      if (command.name === 'finish' || (command.name === 'newline' && enterSubmits(current()))) return submit();
      dispatch(command);
    },
    active,
    () => stepsAnswer(current()) !== '',
  );
  // Each line read as the checker will read it; the current line's reading is shown under it.
  const lines = state.rows.map(lineText);
  const firstWritten = lines.findIndex((line) => line.trim() !== '');
  const previews = usePreviews(lines.map((source, index) => ({ source, kind: (index === firstWritten ? 'first step' : 'step') as PreviewKind })));
  const reads = lines.every((line, index) => line.trim() === '' || previewReads(previews[index]!, 'step'));
  const shownNotice = useNotice(notice, lines.join('\n'), reads);
  const goal = question.goalRelation ? `${question.goalRelation} = ${question.goal}` : `= ${question.goal}`;
  const width = String(state.rows.length).length;
  return (
    <Box flexDirection="column">
      <Given label={s('derivation.start')} text={question.start} />
      {question.let.map((definition) => (
        <Given key={definition} label="let" text={definition} />
      ))}
      {question.where ? <Given label="where" text={question.where} /> : null}
      <Given label={s('derivation.goal')} text={goal} />
      <Text color={theme.muted}>{s('derivation.rule')}</Text>
      {state.rows.map((row, index) => (
        <Box key={index} flexDirection="column">
          <Box>
            <Text color={theme.muted}>{`${String(index + 1).padStart(width)} │ `}</Text>
            <Box flexShrink={1}>
              <TextField state={row} active={active && index === state.row} />
            </Box>
          </Box>
          {index === state.row ? (
            <Box paddingLeft={width + 3}>
              <PreviewLine preview={previews[index] ?? null} relation="" />
            </Box>
          ) : null}
        </Box>
      ))}
      <InputFooter context="editor" notice={shownNotice} />
    </Box>
  );
}

function Given({ label, text }: { label: string; text: string }) {
  const { theme } = useUi();
  return (
    <Box>
      <Box width={7} flexShrink={0}>
        <Text color={theme.muted}>{label}</Text>
      </Box>
      <Box flexShrink={1}>
        <Text>{text}</Text>
      </Box>
    </Box>
  );
}
