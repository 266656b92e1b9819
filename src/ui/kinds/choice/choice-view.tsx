import { Box, Text } from 'ink';
import type { MultipleQuestion, SingleQuestion } from '../../../core/bank/types.js';
import { InputFooter } from '../../components/footer.js';
import { useEagerReducer } from '../../components/use-eager-reducer.js';
import { Paragraph } from '../../components/paragraph.js';
import { useQuestionCommands } from '../../keys/use-commands.js';
import type { KindInputProps } from '../kind-input-props.js';
import { useUi } from '../../ui-context.js';
import { optionLetter } from '../../../core/kinds/letters.js';
import { choiceAnswer, choiceReducer, initialChoice } from './choice-state.js';

export type ChoiceViewProps = KindInputProps<SingleQuestion | MultipleQuestion>;

/** Single and multiple choice: ↑↓ or letters to pick, space toggles, Enter submits. */
/** Cells before an option's text: `▸ ( ) a. `. */
const prefix = 9;

export function ChoiceView({ question, active, notice, onSubmit, ...commands }: ChoiceViewProps) {
  const { lang, theme, s } = useUi();
  const multiple = question.kind === 'multiple';
  const count = question.options.length;
  const [state, dispatch, current] = useEagerReducer(choiceReducer(count, multiple), initialChoice(multiple));
  useQuestionCommands(
    'choice',
    commands,
    (command) => {
      if (command.name !== 'submit') return dispatch(command);
      const answer = choiceAnswer(current());
      if (answer !== '') onSubmit(answer);
    },
    active,
    // A single choice always has a mark; only ticks of a multiple choice are work in progress.
    () => multiple && current().picked.length > 0,
  );
  return (
    <Box flexDirection="column">
      <Text color={theme.muted}>{s(multiple ? 'choice.pickAll' : 'choice.pickOne')}</Text>
      {question.options.map((option, index) => {
        const here = index === state.cursor;
        const picked = state.picked.includes(index);
        const box = multiple ? (picked ? '[x] ' : '[ ] ') : picked ? '(•) ' : '( ) ';
        return (
          <Box key={index}>
            <Text color={here ? theme.selection : undefined} bold={here}>
              {`${here ? '▸' : ' '} ${box}${optionLetter(index)}. `}
            </Text>
            <Paragraph indent={prefix} color={here ? theme.selection : undefined}>
              {option.text[lang]}
            </Paragraph>
          </Box>
        );
      })}
      <InputFooter context="choice" notice={notice} />
    </Box>
  );
}
