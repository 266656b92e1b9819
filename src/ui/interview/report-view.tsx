import { Box, Text } from 'ink';
import type { InterviewReport } from '../../core/interview/report.js';
import { Footer } from '../components/footer.js';
import { useCommands } from '../keys/use-commands.js';
import { useUi } from '../ui-context.js';
import { reportLines } from '../../text/interview-text.js';
import { t } from '../../core/words/index.js';

/** The end of the mock interview: the report (the same lines line mode prints); Enter closes. */
export function ReportView({ report, onClose }: { report: InterviewReport; onClose: () => void }) {
  const { lang, theme } = useUi();
  useCommands('summary', (command) => command.name === 'quit' && onClose(), true);
  const [title, ...lines] = reportLines(report, lang);
  return (
    <Box flexDirection="column">
      {report.timeUp ? <Text color={theme.warn}>{t(lang, 'interview.timeUp')}</Text> : null}
      <Text bold color={theme.accent}>
        {title}
      </Text>
      {lines.map((line, index) => (
        <Text key={index}>{line}</Text>
      ))}
      <Footer context="summary" />
    </Box>
  );
}
