import { Box, Text } from 'ink';
import type { CodeReviewQuestion } from '../../core/bank/types.js';
import { useUi } from '../ui-context.js';
import { answerItems } from './format.js';

/** The lines the question asked for, each explained; a picked decoy with why it is not one. */
export function CodeReviewMarks({ question, answer }: { question: CodeReviewQuestion; answer: string }) {
  const { lang, theme, s } = useUi();
  const picked = new Set(answerItems(answer).map(Number));
  const lines = question.code.split('\n');
  const decoys = question.decoys.filter((decoy) => picked.has(decoy.line));
  return (
    <Box flexDirection="column">
      {question.bugs.map((bug) => (
        <Box key={`bug${bug.line}`} flexDirection="column">
          <Text wrap="truncate-end" color={picked.has(bug.line) ? theme.good : theme.bad}>
            {`${picked.has(bug.line) ? '✓' : '○'} ${bug.line} │ ${(lines[bug.line - 1] ?? '').trim()}`}
          </Text>
          <Box paddingLeft={2}>
            <Text>{s('feedback.bug', { line: bug.line, why: bug.why[lang] })}</Text>
          </Box>
        </Box>
      ))}
      {decoys.map((decoy) => (
        <Box key={`decoy${decoy.line}`} paddingLeft={2}>
          <Text color={theme.warn}>{s('feedback.decoy', { line: decoy.line, why: decoy.why[lang] })}</Text>
        </Box>
      ))}
    </Box>
  );
}
