import { useApp } from 'ink';
import { useEffect, useReducer, useRef, useState } from 'react';
import type { InterviewQuestion, InterviewSession } from '../../core/interview/interview.js';
import type { InterviewReport } from '../../core/interview/report.js';
import type { DrillTools } from '../drill/use-drill.js';
import { drillReducer, type DrillState } from '../drill/drill-state.js';
import type { SelfGrade } from '../kinds/free/free-state.js';

/** The part of the interview the screen drives (src/core/interview). */
export type InterviewPort = Pick<InterviewSession, 'next' | 'hint' | 'submit' | 'skip' | 'progress' | 'end' | 'timeLeft' | 'stageCount' | 'minutes'>;

/**
 * The mock interview's state on top of its session, as useDrill is for the drill (the same
 * question and feedback screens, the same reducer): every answer is stored by the session
 * before its verdict is dispatched. When the session has nothing more to ask (the stages are
 * done or the time is up) the report replaces the screen.
 */
export function useInterview(interview: InterviewPort, loadTools: () => Promise<DrillTools>) {
  const { exit } = useApp();
  const first = useRef<InterviewQuestion | null | undefined>(undefined);
  if (first.current === undefined) first.current = interview.next();
  const [asked, setAsked] = useState<InterviewQuestion | null>(first.current);
  const [report, setReport] = useState<InterviewReport | null>(() => (first.current ? null : interview.end()));
  const [state, dispatch] = useReducer(drillReducer, null, (): DrillState => ({
    screen: first.current
      ? { name: 'question', instance: first.current.instance, shownAt: performance.now(), hint: null, notice: null }
      : { name: 'question', instance: undefined as never, shownAt: 0, hint: null, notice: null },
    progress: interview.progress(),
    help: false,
    confirmEnd: false,
  }));
  const [tools, setTools] = useState<DrillTools | null>(null);
  const busy = useRef(false);
  useEffect(() => {
    const timer = setTimeout(() => loadTools().then(setTools, (error: unknown) => exit(error as Error)), 0);
    return () => clearTimeout(timer);
  }, []);

  const finish = () => setReport(interview.end());
  const next = () => {
    const question = interview.next();
    if (!question) return finish();
    setAsked(question);
    dispatch({ type: 'ask', instance: question.instance, progress: interview.progress(), at: performance.now() });
  };
  const { screen } = state;
  return {
    state,
    asked,
    report,
    tools,
    next,
    finish,
    close: () => exit(),
    submit: (answer: string, selfGrade?: SelfGrade) => {
      if (screen.name !== 'question' || busy.current) return;
      busy.current = true;
      try {
        const elapsedMs = performance.now() - screen.shownAt;
        const { result, retry, unsavedReason } = interview.submit(answer, { elapsedMs, ...(selfGrade ? { selfGrade } : {}) });
        if (retry) dispatch({ type: 'invalid', message: result.feedback });
        else dispatch({ type: 'answered', answer, result, progress: interview.progress(), ...(unsavedReason ? { unsaved: unsavedReason } : {}) });
      } finally {
        busy.current = false;
      }
    },
    /** Esc or Ctrl-C from a question: asks first when an answer in progress would be dropped. */
    quit: (unsubmitted?: boolean) => (unsubmitted ? dispatch({ type: 'askEnd' }) : finish()),
    keepGoing: () => dispatch({ type: 'keepGoing' }),
    hint: () => dispatch({ type: 'hint', hint: interview.hint() }),
    skip: () => {
      interview.skip();
      next();
    },
    toggleHelp: () => dispatch({ type: 'toggleHelp' }),
  };
}
