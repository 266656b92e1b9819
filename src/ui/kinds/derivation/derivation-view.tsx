import { Box, Text } from 'ink';
import type { DerivationQuestion } from '../../../core/kinds/derivation.js';
import { TextField } from '../../components/text-field.js';
import { editSteps, emptySteps, enterSubmits, stepsAnswer } from '../../editing/steps-editor.js';
import { lineText } from '../../editing/line-editor.js';
import { useNotice } from '../../components/use-notice.js';
import { PreviewLine, previewText } from '../formula/preview-line.js';
import { previewReads, usePreviews, type PreviewKind } from '../formula/preview.js';
import { InputFooter, useInputFooterRows } from '../../components/footer.js';
import { Paragraph } from '../../components/paragraph.js';
import { useTerminalSize } from '../../components/use-terminal-size.js';
import { useEagerReducer } from '../../components/use-eager-reducer.js';
import { useQuestionCommands } from '../../keys/use-commands.js';
import { wrapText } from '../../../text/wrap.js';
import type { KindInputProps } from '../kind-input-props.js';
import { useUi, type Ui } from '../../ui-context.js';

export interface DerivationViewProps extends KindInputProps<DerivationQuestion> {
  /** Rows for this whole input area: the steps scroll around the one being written within them. */
  height?: number | undefined;
}

/** A small editor, one derivation step per line; Enter on an empty last line (or ^D) submits. */
export function DerivationView({ question: _question, active, notice, onSubmit, height, ...commands }: DerivationViewProps) {
  const { theme, s } = useUi();
  const { rows: terminalRows, columns } = useTerminalSize();
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
  const footerRows = useInputFooterRows('editor', shownNotice);
  const gutter = String(state.rows.length).length;
  const width = columns - 2 - gutter - 3;
  // Rows of each step as drawn (the cursor takes a cell at the end), the current one with its reading.
  const heights = lines.map((line, index) => {
    const reading = index === state.row ? previewText(previews[index] ?? null, s, '') : null;
    return wrapText(`${line}_`, width).length + (reading === null ? 0 : wrapText(reading, width).length);
  });
  const [start, end] = stepWindow(heights, state.row, (height ?? terminalRows) - footerRows);
  return (
    <Box flexDirection="column">
      {state.rows.slice(start, end).map((row, offset) => {
        const index = start + offset;
        return (
          <Box key={index} flexDirection="column">
            <Box>
              <Text color={theme.muted}>{`${String(index + 1).padStart(gutter)} │ `}</Text>
              <Box flexShrink={1}>
                <TextField state={row} active={active && index === state.row} />
              </Box>
            </Box>
            {index === state.row ? (
              <Box paddingLeft={gutter + 3}>
                <PreviewLine preview={previews[index] ?? null} relation="" />
              </Box>
            ) : null}
          </Box>
        );
      })}
      <InputFooter context="editor" notice={shownNotice} active={active} />
    </Box>
  );
}

/** The steps shown in `room` rows (step i is `heights[i]` rows): the current one, then as many before and after as fit. */
function stepWindow(heights: readonly number[], current: number, room: number): [number, number] {
  let [start, end] = [current, current + 1];
  let used = heights[current] ?? 1;
  for (;;) {
    if (start > 0 && used + heights[start - 1]! <= room) used += heights[--start]!;
    else if (end < heights.length && used + heights[end]! <= room) used += heights[end++]!;
    else return [start, end];
  }
}

/** What a derivation gives besides its prompt: its start, definitions, domain and goal, and how to write steps. */
function givens(question: DerivationQuestion, s: Ui['s']): { label: string; text: string }[] {
  const goal = question.goalRelation ? `${question.goalRelation} = ${question.goal}` : `= ${question.goal}`;
  return [
    { label: s('derivation.start'), text: question.start },
    ...question.let.map((definition) => ({ label: 'let', text: definition })),
    ...(question.where ? [{ label: 'where', text: question.where }] : []),
    { label: s('derivation.goal'), text: goal },
  ];
}

/** Cells of a given's label column. */
const LABEL = 7;

/** A derivation's givens and the rule for steps, shown under the prompt and scrolled with it. */
export function DerivationGiven({ question }: { question: DerivationQuestion }) {
  const { theme, s } = useUi();
  return (
    <Box flexDirection="column">
      {givens(question, s).map(({ label, text }) => (
        <Box key={`${label}:${text}`}>
          <Box width={LABEL} flexShrink={0}>
            <Text color={theme.muted}>{label}</Text>
          </Box>
          <Paragraph indent={LABEL}>{text}</Paragraph>
        </Box>
      ))}
      <Paragraph color={theme.muted}>{s('derivation.rule')}</Paragraph>
    </Box>
  );
}

/** The rows DerivationGiven takes at a width. */
export function derivationGivenRows(question: DerivationQuestion, columns: number, s: Ui['s']): number {
  const rows = givens(question, s).reduce((sum, { text }) => sum + wrapText(text, columns - 2 - LABEL).length, 0);
  return rows + wrapText(s('derivation.rule'), columns - 2).length;
}
