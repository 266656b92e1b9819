import { Box, Text } from 'ink';
import type { MultipleQuestion, SingleQuestion } from '../../core/bank/types.js';
import { letterOf } from '../kinds/choice/choice-state.js';
import { useUi } from '../ui-context.js';
import { answerItems } from './format.js';

/**
 * Every option marked: ✓ right, ✗ picked but wrong, ○ right but missed; the `why` of each
 * option the learner got wrong (picked or missed) under it.
 */
export function ChoiceMarks({ question, answer }: { question: SingleQuestion | MultipleQuestion; answer: string }) {
  const { lang, theme } = useUi();
  const picked = new Set(answerItems(answer));
  return (
    <Box flexDirection="column">
      {question.options.map((option, index) => {
        const letter = letterOf(index);
        const chosen = picked.has(letter);
        const mark = option.correct ? (chosen ? '✓' : '○') : chosen ? '✗' : ' ';
        const color = option.correct ? theme.good : chosen ? theme.bad : theme.muted;
        const explain = option.why && chosen !== option.correct;
        return (
          <Box key={letter} flexDirection="column">
            <Box>
              <Text color={color}>{`${mark} ${letter}. `}</Text>
              <Box flexShrink={1}>
                <Text color={chosen || option.correct ? undefined : theme.muted}>{option.text[lang]}</Text>
              </Box>
            </Box>
            {explain ? (
              <Box paddingLeft={5}>
                <Text color={theme.muted}>{option.why?.[lang]}</Text>
              </Box>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}
