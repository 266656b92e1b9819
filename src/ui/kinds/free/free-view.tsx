import { Box, Text } from 'ink';
import type { FreeQuestion } from '../../../core/kinds/free.js';
import { keyPointCoverage } from '../../../core/grading/key-points.js';
import { keyPointMark, keyPointText } from '../../../text/feedback-text.js';
import { wrapText } from '../../../text/wrap.js';
import { Paragraph } from '../../components/paragraph.js';
import { ScrollRegion, useScroll } from '../../components/scroll-region.js';
import { TextField } from '../../components/text-field.js';
import { useTerminalSize } from '../../components/use-terminal-size.js';
import { lineText } from '../../editing/line-editor.js';
import { InputFooter, useInputFooterRows } from '../../components/footer.js';
import { useEagerReducer } from '../../components/use-eager-reducer.js';
import { useQuestionCommands } from '../../keys/use-commands.js';
import type { KindInputProps } from '../kind-input-props.js';
import { useUi } from '../../ui-context.js';
import { freeReducer, gradeOf, initialFree, type SelfGrade } from './free-state.js';

export interface FreeViewProps extends KindInputProps<FreeQuestion, (answer: string, selfGrade: SelfGrade) => void> {
  /** Rows for this whole input area: the model answer and key points scroll within them. */
  height?: number | undefined;
}

/** Free response: write, then compare with the model answer and key points, then grade 1–4. */
export function FreeView({ question, active, notice, onSubmit, height, ...commands }: FreeViewProps) {
  const { lang, theme, s } = useUi();
  const { rows, columns } = useTerminalSize();
  const [state, dispatch, current] = useEagerReducer(freeReducer, initialFree);
  const grading = state.phase === 'grading';
  const coverage = grading ? keyPointCoverage(question, lineText(state.line)) : null;
  const scroll = useScroll(state.phase);
  useQuestionCommands(
    grading ? 'selfGrade' : 'field',
    commands,
    (command) => {
      const answer = lineText(current().line);
      const grade = command.name === 'grade' ? gradeOf(command) : null;
      if (grade !== null) return onSubmit(answer, grade);
      if (current().phase === 'grading') {
        // Enter on the grade accepts the grade the key points suggest; ↑↓ PgUp PgDn scroll what is compared.
        if (command.name === 'submit') return onSubmit(answer, keyPointCoverage(question, answer).suggested);
        if (command.name === 'up' || command.name === 'down') return scroll.by(command.name === 'up' ? -1 : 1);
        if (command.name === 'pageUp' || command.name === 'pageDown') return scroll.page(command.name === 'pageUp' ? -1 : 1);
      }
      dispatch(command);
    },
    active,
    () => lineText(current().line).trim() !== '',
  );
  const label = `${s('field.answer')} › `;
  const footerRows = useInputFooterRows(grading ? 'selfGrade' : 'field', notice);
  const suggested = coverage ? `${s('free.suggested', { grade: coverage.suggested })} · ${s('free.acceptKey')}` : '';
  // What stays below the answer while grading: the suggested grade and the keys; the comparison takes the rest (two rows at least).
  const gap = rows < 20 ? 0 : 1;
  const fixed = wrapText(`${lineText(state.line)}_`, columns - 2 - label.length).length + gap + wrapText(suggested, columns - 2).length + footerRows;
  const compared = Math.max(2, (height ?? rows) - fixed);
  return (
    <Box flexDirection="column">
      <Box>
        <Text color={theme.accent}>{label}</Text>
        <Box flexShrink={1}>
          <TextField state={state.line} active={active && !grading} placeholder={s('free.placeholder')} />
        </Box>
      </Box>
      {grading ? (
        <Box flexDirection="column" marginTop={gap}>
          <Box flexDirection="column" height={scroll.rows > 0 ? Math.min(compared, scroll.rows) : compared}>
            <ScrollRegion scroll={scroll} keys="↑↓">
              <Text bold>{s('free.model')}</Text>
              <Paragraph>{question.model[lang]}</Paragraph>
              <Text bold>{s('free.found')}</Text>
              {coverage!.points.map((mark) => (
                <Box key={mark.index}>
                  <Text color={mark.found ? theme.good : theme.muted}>{`${keyPointMark(mark.found)} `}</Text>
                  <Paragraph indent={2}>{keyPointText(question.keyPoints[mark.index]![lang], mark.phrase)}</Paragraph>
                </Box>
              ))}
              <Paragraph color={theme.accent}>{`${s('free.gradePrompt')}  ${[1, 2, 3, 4].map((grade) => s(`free.grade${grade as SelfGrade}`)).join(' · ')}`}</Paragraph>
            </ScrollRegion>
          </Box>
          <Paragraph bold>{suggested}</Paragraph>
        </Box>
      ) : null}
      <InputFooter context={grading ? 'selfGrade' : 'field'} notice={notice} active={active} />
    </Box>
  );
}
