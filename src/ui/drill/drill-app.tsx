import { Box, Text, useApp } from 'ink';
import { useEffect, useReducer, useRef, useState } from 'react';
import type { QuestionInstance } from '../../core/bank/types.js';
import type { DrillSession } from '../../core/session/session.js';
import type { SessionSummary } from '../../core/session/summary.js';
import { Paragraph } from '../components/paragraph.js';
import { Header } from '../components/header.js';
import { HelpPanel } from '../components/help-panel.js';
import { useTerminalSize } from '../components/use-terminal-size.js';
import { FeedbackView } from '../feedback/feedback-view.js';
import type { SelfGrade } from '../kinds/free/free-state.js';
import { PreviewContext, type Previewer } from '../kinds/formula/preview.js';
import { QuestionInput, keyContextsOf } from '../kinds/question-input.js';
import { SummaryView } from '../summary/summary-view.js';
import { wrapText } from '../text/wrap.js';
import { useCommands } from '../keys/use-commands.js';
import { useUi } from '../ui-context.js';
import { needsMathToShow } from './deferred-grading.js';
import { drillReducer, initialDrill } from './drill-state.js';

/** The part of the session loop the interface drives (src/core/session). */
export type DrillPort = Pick<DrillSession, 'next' | 'hint' | 'submit' | 'skip' | 'progress' | 'end'>;

/** What needs mathjs: loaded in the background after the first frame, so the first question shows fast. */
export interface DrillTools {
  previewer: Previewer;
  /** A small Figure 1 for the feedback of questions about the curve, or null. */
  plotFor?: (instance: QuestionInstance, size: { columns: number; rows: number }) => string | null;
}

export interface DrillAppProps {
  session: DrillPort;
  /** Starts loading the tools; grading waits for them too, so the promise resolves when answers can be graded. */
  loadTools: () => Promise<DrillTools>;
  /** Milliseconds since the epoch (the session's clock), for "due in …". */
  now: () => number;
  dbPath?: string;
  onSummary?: (summary: SessionSummary) => void;
}

/** The drill: question → (answer, saved) → feedback → next question … → summary. */
export function DrillApp({ session, loadTools, now, dbPath, onSummary }: DrillAppProps) {
  const { lang, theme, s, topic } = useUi();
  const { exit } = useApp();
  const { rows, columns } = useTerminalSize();
  const [state, dispatch] = useReducer(drillReducer, null, () =>
    initialDrill(session.next(), session.progress(), performance.now(), () => session.end()),
  );
  const tools = useRef<Promise<DrillTools> | null>(null);
  const [loaded, setLoaded] = useState<DrillTools | null>(null);
  // Every submit chains here, so ending the session waits for an answer still being graded.
  const pending = useRef<Promise<void>>(Promise.resolve());
  const busy = useRef(false);

  const startTools = () => (tools.current ??= loadTools());
  useEffect(() => {
    const timer = setTimeout(() => startTools().then(setLoaded, (error: unknown) => exit(error as Error)), 0);
    return () => clearTimeout(timer);
  }, []);

  const { screen } = state;
  const ask = () => {
    const instance = session.next();
    if (instance) dispatch({ type: 'ask', instance, progress: session.progress(), at: performance.now() });
    else finish();
  };
  const finish = () => {
    void pending.current.then(() => {
      const summary = session.end();
      onSummary?.(summary);
      dispatch({ type: 'finished', summary });
    });
  };
  const submit = (answer: string, selfGrade?: SelfGrade) => {
    if (screen.name !== 'question' || busy.current) return;
    busy.current = true;
    const elapsedMs = performance.now() - screen.shownAt;
    pending.current = startTools()
      .then(() => {
        const { result, retry } = session.submit(answer, { elapsedMs, ...(selfGrade ? { selfGrade } : {}) });
        if (retry) dispatch({ type: 'invalid', message: result.feedback });
        else dispatch({ type: 'answered', answer, result, progress: session.progress() });
      })
      .catch((error: unknown) => exit(error as Error))
      .finally(() => {
        busy.current = false;
      });
  };
  const toggleHelp = () => dispatch({ type: 'toggleHelp' });
  // A question whose prompt holds a computed value waits for the math core (a moment at most).
  const waiting = screen.name === 'question' && needsMathToShow(screen.instance.question) && !loaded;
  useCommands('loading', (command) => command.name === 'quit' && finish(), waiting);

  if (screen.name === 'summary') {
    return (
      <Box flexDirection="column" paddingX={1}>
        <SummaryView summary={screen.summary} dbPath={dbPath} now={now()} active onClose={() => exit()} />
      </Box>
    );
  }
  const question = screen.instance.question;
  const progress = state.progress;
  const header = (
    <Header topic={topic(question.topic)} kind={question.kind} difficulty={question.difficulty} position={progress.index} total={progress.total} streak={progress.streak} />
  );
  const help = state.help ? <HelpPanel contexts={screen.name === 'feedback' ? ['feedback'] : keyContextsOf(question.kind)} onClose={toggleHelp} /> : null;
  if (screen.name === 'feedback') {
    return (
      <Box flexDirection="column" paddingX={1}>
        {header}
        <Box display={state.help ? 'none' : 'flex'} flexDirection="column">
          <FeedbackView instance={screen.instance} answer={screen.answer} result={screen.result} plot={loaded?.plotFor?.(screen.instance, { columns, rows })} active={!state.help} onNext={ask} onHelp={toggleHelp} onQuit={finish} />
        </Box>
        {help}
      </Box>
    );
  }
  if (waiting) {
    return (
      <Box flexDirection="column" paddingX={1}>
        {header}
        <Text color={theme.muted}>{s('header.loading')}</Text>
      </Box>
    );
  }
  const prompt = screen.instance.prompt[lang];
  const hint = screen.hint === null ? null : screen.hint === 'none' ? s('hint.none') : `${s('hint.label')}: ${screen.hint[lang]}`;
  const linesOf = (text: string) => wrapText(text, columns - 2).length;
  const inputHeight = rows - 4 - linesOf(prompt) - (hint ? linesOf(hint) : 0);
  return (
    <PreviewContext.Provider value={loaded?.previewer ?? null}>
      <Box flexDirection="column" paddingX={1}>
        {header}
        <Box display={state.help ? 'none' : 'flex'} flexDirection="column">
          <Paragraph>{prompt}</Paragraph>
          {hint ? <Paragraph color={theme.warn}>{hint}</Paragraph> : null}
          <Box marginTop={1}>
            <QuestionInput
              key={`${progress.index}:${question.id}`}
              question={question}
              active={!state.help}
              notice={screen.notice}
              height={inputHeight}
              onSubmit={submit}
              onHint={() => dispatch({ type: 'hint', hint: session.hint() })}
              onSkip={() => {
                session.skip();
                ask();
              }}
              onHelp={toggleHelp}
              onQuit={finish}
            />
          </Box>
        </Box>
        {help}
      </Box>
    </PreviewContext.Provider>
  );
}
