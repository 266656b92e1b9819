import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { localize } from '../../core/i18n.js';
import { kindName } from '../../core/kinds/index.js';
import { ConfirmEnd } from '../components/confirm-end.js';
import { HelpPanel } from '../components/help-panel.js';
import { Paragraph } from '../components/paragraph.js';
import { useTerminalSize } from '../components/use-terminal-size.js';
import type { DrillTools } from '../drill/use-drill.js';
import { FeedbackView } from '../feedback/feedback-view.js';
import type { KeyContext } from '../keys/keymap.js';
import { PreviewContext } from '../kinds/formula/preview.js';
import { QuestionInput, keyContextsOf } from '../kinds/question-input.js';
import { wrapText } from '../../text/wrap.js';
import { useUi } from '../ui-context.js';
import { InterviewHeader } from './interview-header.js';
import { ReportView } from './report-view.js';
import { useInterview, type InterviewPort } from './use-interview.js';

export interface InterviewAppProps {
  interview: InterviewPort;
  loadTools: () => Promise<DrillTools>;
}

/** The mock interview: stage by stage, question → feedback (answer saved) → … → the report. */
export function InterviewApp({ interview, loadTools }: InterviewAppProps) {
  const { lang, theme, s } = useUi();
  const { rows, columns } = useTerminalSize();
  const run = useInterview(interview, loadTools);
  const { state, asked, report, tools } = run;
  const { screen } = state;

  if (report || !asked) {
    return <Box flexDirection="column" paddingX={1}>{report ? <ReportView report={report} onClose={run.close} /> : null}</Box>;
  }
  const frame = (body: ReactNode, help: KeyContext[]) => (
    <Box flexDirection="column" paddingX={1}>
      <InterviewHeader stage={asked.stageIndex + 1} stages={interview.stageCount} name={localize(asked.stage.name, lang)} followUp={asked.followUp} timeLeft={interview.timeLeft} />
      <Box display={state.help ? 'none' : 'flex'} flexDirection="column">
        {body}
      </Box>
      {state.help ? <HelpPanel contexts={help} onClose={run.toggleHelp} /> : null}
    </Box>
  );
  if (screen.name === 'feedback') {
    const plot = tools?.plotFor?.(screen.instance, { columns, rows });
    return frame(
      <FeedbackView instance={screen.instance} answer={screen.answer} result={screen.result} unsaved={screen.unsaved} plot={plot} active={!state.help} onNext={run.next} onHelp={run.toggleHelp} onQuit={run.finish} />,
      ['feedback'],
    );
  }
  if (screen.name !== 'question') return null;
  const question = screen.instance.question;
  const prompt = screen.instance.prompt[lang];
  const hint = screen.hint === null ? null : screen.hint === 'none' ? s('hint.none') : `${s('hint.label')}: ${screen.hint[lang]}`;
  const linesOf = (text: string) => wrapText(text, columns - 2).length;
  return (
    <PreviewContext.Provider value={tools?.previewer ?? null}>
      {frame(
        <>
          <Text color={theme.muted}>{`${s('app.name')} · ${kindName(question.kind, lang)} · ${'●'.repeat(question.difficulty)}${'○'.repeat(3 - question.difficulty)}`}</Text>
          <Paragraph>{prompt}</Paragraph>
          {hint ? <Paragraph color={theme.warn}>{hint}</Paragraph> : null}
          <Box marginTop={1}>
            <QuestionInput
              key={`${asked.stageIndex}:${question.id}`}
              question={question}
              active={!state.help && !state.confirmEnd}
              notice={screen.notice}
              height={rows - 6 - linesOf(prompt) - (hint ? linesOf(hint) : 0)}
              onSubmit={run.submit}
              onHint={run.hint}
              onSkip={run.skip}
              onHelp={run.toggleHelp}
              onQuit={run.quit}
            />
          </Box>
          {state.confirmEnd ? <ConfirmEnd onEnd={run.finish} onBack={run.keepGoing} /> : null}
        </>,
        keyContextsOf(question.kind),
      )}
    </PreviewContext.Provider>
  );
}
