import { Box, Text } from 'ink';
import type { FreeQuestion } from '../../../core/bank/types.js';
import { keyPointCoverage } from '../../../core/grading/key-points.js';
import { keyPointMark, keyPointText } from '../../../text/feedback-text.js';
import { Paragraph } from '../../components/paragraph.js';
import { TextField } from '../../components/text-field.js';
import { lineText } from '../../editing/line-editor.js';
import { InputFooter } from '../../components/footer.js';
import { useEagerReducer } from '../../components/use-eager-reducer.js';
import { useQuestionCommands } from '../../keys/use-commands.js';
import type { KindInputProps } from '../kind-input-props.js';
import { useUi } from '../../ui-context.js';
import { freeReducer, gradeOf, initialFree, type SelfGrade } from './free-state.js';

export type FreeViewProps = KindInputProps<FreeQuestion, (answer: string, selfGrade: SelfGrade) => void>;

/** Free response: write, then compare with the model answer and key points, then grade 1–4. */
export function FreeView({ question, active, notice, onSubmit, ...commands }: FreeViewProps) {
  const { lang, theme, s } = useUi();
  const [state, dispatch, current] = useEagerReducer(freeReducer, initialFree);
  const grading = state.phase === 'grading';
  const coverage = grading ? keyPointCoverage(question, lineText(state.line)) : null;
  useQuestionCommands(
    grading ? 'selfGrade' : 'field',
    commands,
    (command) => {
      const answer = lineText(current().line);
      const grade = command.name === 'grade' ? gradeOf(command) : null;
      if (grade !== null) return onSubmit(answer, grade);
      // Enter on the grade accepts the grade the key points suggest.
      if (current().phase === 'grading' && command.name === 'submit') return onSubmit(answer, keyPointCoverage(question, answer).suggested);
      dispatch(command);
    },
    active,
    () => lineText(current().line).trim() !== '',
  );
  return (
    <Box flexDirection="column">
      <Box>
        <Text color={theme.accent}>{`${s('field.answer')} › `}</Text>
        <Box flexShrink={1}>
          <TextField state={state.line} active={active && !grading} placeholder={s('free.placeholder')} />
        </Box>
      </Box>
      {grading ? (
        <Box flexDirection="column" marginTop={1}>
          <Text bold>{s('free.model')}</Text>
          <Paragraph>{question.model[lang]}</Paragraph>
          <Text bold>{s('free.found')}</Text>
          {coverage!.points.map((mark) => (
            <Box key={mark.index}>
              <Text color={mark.found ? theme.good : theme.muted}>{`${keyPointMark(mark.found)} `}</Text>
              <Paragraph indent={2}>{keyPointText(question.keyPoints[mark.index]![lang], mark.phrase)}</Paragraph>
            </Box>
          ))}
          <Box marginTop={1}>
            <Text color={theme.accent}>{`${s('free.gradePrompt')}  `}</Text>
            <Text>{[1, 2, 3, 4].map((grade) => s(`free.grade${grade as SelfGrade}`)).join(' · ')}</Text>
          </Box>
          <Text bold>{`${s('free.suggested', { grade: coverage!.suggested })} · ${s('free.accept')}`}</Text>
        </Box>
      ) : null}
      <InputFooter context={grading ? 'selfGrade' : 'field'} notice={notice} />
    </Box>
  );
}
