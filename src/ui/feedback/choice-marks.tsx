import { Box, Text } from 'ink';
import type { MultipleQuestion } from '../../core/kinds/multiple.js';
import type { SingleQuestion } from '../../core/kinds/single.js';
import { optionLetter } from '../../core/kinds/letters.js';
import { useUi } from '../ui-context.js';

/** Every option marked: ✓ right and picked, ○ right but missed, ✗ picked but wrong (the grader's feedback says why). */
export function ChoiceMarks({ question, answer }: { question: SingleQuestion | MultipleQuestion; answer: string }) {
  const { lang, theme } = useUi();
  const picked = new Set(answer.toLowerCase().split(/[\s,]+/));
  return (
    <Box flexDirection="column">
      {question.options.map((option, index) => {
        const letter = optionLetter(index);
        const chosen = picked.has(letter);
        const mark = option.correct ? (chosen ? '✓' : '○') : chosen ? '✗' : ' ';
        const color = option.correct ? theme.good : chosen ? theme.bad : theme.muted;
        return (
          <Box key={letter}>
            <Text color={color}>{`${mark} ${letter}. `}</Text>
            <Box flexShrink={1}>
              <Text color={chosen || option.correct ? undefined : theme.muted}>{option.text[lang]}</Text>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
