import { Box, Text } from 'ink';
import type { MultipleQuestion } from '../../../core/kinds/multiple.js';
import type { SingleQuestion } from '../../../core/kinds/single.js';
import { InputFooter, useInputFooterRows } from '../../components/footer.js';
import { SHORT_TERMINAL_ROWS } from '../../../text/layout.js';
import { useTerminalSize } from '../../components/use-terminal-size.js';
import { wrapText } from '../../../text/wrap.js';
import { useEagerReducer } from '../../components/use-eager-reducer.js';
import { Paragraph } from '../../components/paragraph.js';
import { useQuestionCommands } from '../../keys/use-commands.js';
import type { KindInputProps } from '../kind-input-props.js';
import { useUi } from '../../ui-context.js';
import { optionLetter } from '../../../core/kinds/letters.js';
import { choiceAnswer, choiceReducer, initialChoice, optionLayout } from './choice-state.js';

export type ChoiceViewProps = KindInputProps<SingleQuestion | MultipleQuestion> & {
  /** Rows the input area may take; the options scroll within them. */
  height?: number | undefined;
};

/** Single and multiple choice: ↑↓ or letters to pick, space toggles, Enter submits. */
/** Cells before an option's text: `▸ ( ) a. `. */
const prefix = 9;

export function ChoiceView({ question, active, notice, onSubmit, height, ...commands }: ChoiceViewProps) {
  const { lang, theme, s } = useUi();
  const { rows, columns } = useTerminalSize();
  const footerRows = useInputFooterRows('choice', notice);
  const multiple = question.kind === 'multiple';
  const count = question.options.length;
  // On a short terminal the options scroll around the cursor, below the line that says what to pick.
  const width = columns - 2 - prefix;
  const lines = question.options.map((option) => wrapText(option.text[lang], width));
  const heights = lines.map((rows) => rows.length);
  // The line saying what to pick gives its row to the options on a very short terminal (^G says it too).
  const pickLine = rows >= SHORT_TERMINAL_ROWS;
  const room = (height ?? rows) - (pickLine ? wrapText(s(multiple ? 'choice.pickAll' : 'choice.pickOne'), columns - 2).length : 0) - footerRows;
  const layoutOf = (shown: { cursor: number; scrolled: number }) => optionLayout(heights, shown.cursor, room, shown.scrolled);
  const [state, dispatch, current] = useEagerReducer(
    choiceReducer(count, multiple, (shown) => layoutOf(shown).clip),
    initialChoice(multiple),
  );
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
  const { start, end, clip } = layoutOf(state);
  return (
    <Box flexDirection="column">
      {pickLine ? <Text color={theme.muted}>{s(multiple ? 'choice.pickAll' : 'choice.pickOne')}</Text> : null}
      {start > 0 ? <Text color={theme.muted}>{s('choice.above', { n: start })}</Text> : null}
      {question.options.slice(start, end).map((option, offset) => {
        const index = start + offset;
        const here = index === state.cursor;
        const picked = state.picked.includes(index);
        const box = multiple ? (picked ? '[x] ' : '[ ] ') : picked ? '(•) ' : '( ) ';
        return (
          <Box key={index}>
            <Text color={here ? theme.selection : undefined} bold={here}>
              {`${here ? '▸' : ' '} ${box}${optionLetter(index)}. `}
            </Text>
            {here && clip ? (
              <Text color={theme.selection}>{lines[index]!.slice(clip.from, clip.from + clip.rows).join('\n')}</Text>
            ) : (
              <Paragraph indent={prefix} color={here ? theme.selection : undefined}>
                {option.text[lang]}
              </Paragraph>
            )}
          </Box>
        );
      })}
      {clip && clip.rest > 0 ? (
        <Text color={theme.muted}>{s(clip.rest === 1 ? 'scroll.moreOne' : 'scroll.more', { n: clip.rest, keys: '↓' })}</Text>
      ) : end < count ? (
        <Text color={theme.muted}>{s('choice.below', { n: count - end })}</Text>
      ) : null}
      <InputFooter context="choice" notice={notice} active={active} />
    </Box>
  );
}
