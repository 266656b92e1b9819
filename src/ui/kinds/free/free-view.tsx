import { Box, Text } from 'ink';
import type { FreeQuestion } from '../../../core/bank/types.js';
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
  useQuestionCommands(
    grading ? 'selfGrade' : 'field',
    commands,
    (command) => {
      const grade = command.name === 'grade' ? gradeOf(command) : null;
      if (grade !== null) return onSubmit(lineText(current().line), grade);
      dispatch(command);
    },
    active,
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
          <Text bold>{s('free.keyPoints')}</Text>
          {question.keyPoints.map((point, index) => (
            <Box key={index}>
              <Text>• </Text>
              <Paragraph indent={2}>{point[lang]}</Paragraph>
            </Box>
          ))}
          <Box marginTop={1}>
            <Text color={theme.accent}>{`${s('free.gradePrompt')}  `}</Text>
            <Text>{[1, 2, 3, 4].map((grade) => s(`free.grade${grade as SelfGrade}`)).join(' · ')}</Text>
          </Box>
        </Box>
      ) : null}
      <InputFooter context={grading ? 'selfGrade' : 'field'} notice={notice} />
    </Box>
  );
}
