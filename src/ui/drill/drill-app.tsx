import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import { ConfirmEnd } from '../components/confirm-end.js';
import { Header } from '../components/header.js';
import { HelpPanel } from '../components/help-panel.js';
import { Paragraph } from '../components/paragraph.js';
import { useTerminalSize } from '../components/use-terminal-size.js';
import { useSeconds } from '../components/use-seconds.js';
import { ScrollRegion, useFitToScreen, useScroll } from '../components/scroll-region.js';
import { SkipView } from '../feedback/skip-view.js';
import { FeedbackView } from '../feedback/feedback-view.js';
import type { KeyContext } from '../keys/keymap.js';
import { useCommands } from '../keys/use-commands.js';
import { PreviewContext } from '../kinds/formula/preview.js';
import { QuestionGiven, QuestionInput, keyContextsOf, questionGivenRows } from '../kinds/question-input.js';
import { SummaryView } from '../summary/summary-view.js';
import { headerClock, showsDueLine } from '../../text/drill-header.js';
import { wrapText } from '../../text/wrap.js';
import { useUi } from '../ui-context.js';
import { useDrill, type DrillPort, type DrillTools, type FirstQuestion } from './use-drill.js';

export interface DrillAppProps {
  session: DrillPort;
  /** Starts loading the tools; grading waits for them, so the promise resolves when answers can be graded. */
  loadTools: () => Promise<DrillTools>;
  /** The first question, when it was taken from the session before the interface loaded. */
  first?: FirstQuestion;
  /** Milliseconds since the epoch (the session's clock), for "due in …". */
  now: () => number;
  dbPath?: string;
  /** Days to the interview when a date is set, shown in the header. */
  daysLeft?: number | null;
}

/** The drill: question → (answer, saved) → feedback → next question … → summary. */
export function DrillApp({ session, loadTools, first, now, dbPath, daysLeft }: DrillAppProps) {
  const { lang, theme, s, topic } = useUi();
  const { rows, columns } = useTerminalSize();
  const drill = useDrill(session, loadTools, first);
  const { state, tools } = drill;
  const { screen, progress } = state;
  useCommands('loading', (command) => command.name === 'quit' && drill.finish(), drill.waiting);
  // The number due when the session began, said on its first question.
  const [dueAtStart] = useState(() => session.dueNow());
  const asking = screen.name === 'question' ? screen : null;
  const seconds = useSeconds(asking?.shownAt ?? 0, asking !== null);
  // On a short terminal the screen is held to its height: the question's text scrolls in its region.
  const shownKey = `${screen.name}:${progress.index}:${state.help}`;
  const fit = useFitToScreen(rows, shownKey);
  const promptScroll = useScroll(shownKey);

  if (screen.name === 'summary') {
    return (
      <Box ref={fit.ref} height={fit.height} flexDirection="column" paddingX={1}>
        <SummaryView summary={screen.summary} dbPath={dbPath} now={now()} active onClose={drill.close} />
      </Box>
    );
  }
  const question = screen.instance.question;
  // The time on a question, with the limit that rates a correct answer Easy while it still can (no hint taken).
  const clock = asking ? headerClock(lang, seconds, question.difficulty, asking.hint === null || asking.hint === 'none') : undefined;
  // Header on top; the screen's body hides (staying mounted, keeping what was typed) under the key help.
  const frame = (body: ReactNode, help: KeyContext[]) => (
    <Box ref={fit.ref} height={fit.height} flexDirection="column" paddingX={1}>
      <Box flexShrink={0}>
        <Header topic={topic(question.topic)} kind={question.kind} difficulty={question.difficulty} position={progress.index} total={progress.total} streak={progress.streak} clock={clock} daysLeft={daysLeft ?? null} />
      </Box>
      <Box display={state.help ? 'none' : 'flex'} flexDirection="column" flexShrink={1}>
        {body}
      </Box>
      {state.help ? <HelpPanel contexts={help} onClose={drill.toggleHelp} /> : null}
    </Box>
  );
  if (screen.name === 'feedback') {
    const plot = tools?.plotFor?.(screen.instance, { columns, rows });
    return frame(
      <FeedbackView instance={screen.instance} answer={screen.answer} result={screen.result} unsaved={screen.unsaved} plot={plot} active={!state.help} onNext={drill.next} onHelp={drill.toggleHelp} onQuit={drill.finish} />,
      ['feedback'],
    );
  }
  if (screen.name === 'skipped') {
    return frame(<SkipView instance={screen.instance} answer={screen.answer} active={!state.help} onNext={drill.next} onHelp={drill.toggleHelp} onQuit={drill.finish} />, ['feedback']);
  }
  if (drill.waiting) return frame(<Text color={theme.muted}>{s('header.loading')}</Text>, []);
  const prompt = screen.instance.prompt[lang];
  const hint = screen.hint === null ? null : screen.hint === 'none' ? s('hint.none') : `${s('hint.label')}: ${screen.hint[lang]}`;
  const linesOf = (text: string) => wrapText(text, columns - 2).length;
  const firstQuestion = showsDueLine(progress.index, rows);
  // The code listing sizes itself: it leaves the question a third of a short screen.
  const questionRows = (firstQuestion ? 1 : 0) + linesOf(prompt) + (hint ? linesOf(hint) : 0) + questionGivenRows(question, columns, s);
  const promptRows = Math.min(questionRows, Math.max(2, Math.floor((rows - 4) / 3)) + 1);
  const gap = rows < 20 ? 0 : 1;
  return (
    <PreviewContext.Provider value={tools?.previewer ?? null}>
      {frame(
        <>
          <ScrollRegion scroll={promptScroll} keys="PgDn">
            {firstQuestion ? <Text color={theme.muted}>{s('header.dueNow', { due: dueAtStart, total: progress.total })}</Text> : null}
            <Paragraph>{prompt}</Paragraph>
            <QuestionGiven question={question} />
            {hint ? <Paragraph color={theme.warn}>{hint}</Paragraph> : null}
          </ScrollRegion>
          <Box ref={fit.whole} marginTop={gap} flexShrink={0}>
            <QuestionInput
              key={`${progress.index}:${question.id}`}
              question={question}
              active={!state.help && !state.confirmEnd}
              notice={screen.notice}
              height={rows - 3 - gap - promptRows}
              onSubmit={drill.submit}
              onHint={drill.hint}
              onSkip={drill.skip}
              onHelp={drill.toggleHelp}
              onQuit={drill.quit}
              onScroll={promptScroll.page}
            />
          </Box>
          {state.confirmEnd ? (
            <Box flexShrink={0}>
              <ConfirmEnd onEnd={drill.finish} onBack={drill.keepGoing} />
            </Box>
          ) : null}
        </>,
        keyContextsOf(question.kind),
      )}
    </PreviewContext.Provider>
  );
}
