import { useApp } from 'ink';
import { useEffect, useReducer, useRef, useState } from 'react';
import type { QuestionInstance } from '../../core/bank/types.js';
import type { DrillSession } from '../../core/session/session.js';
import type { SelfGrade } from '../kinds/free/free-state.js';
import type { Previewer } from '../kinds/formula/preview.js';
import { needsMathToShow } from '../../core/session/deferred-grading.js';
import { drillReducer, initialDrill } from './drill-state.js';

/** The part of the session loop the interface drives (src/core/session). */
export type DrillPort = Pick<DrillSession, 'next' | 'hint' | 'submit' | 'skip' | 'progress' | 'end' | 'dueNow'>;

/** What needs mathjs: loaded in the background after the first frame, so the first question shows fast. */
export interface DrillTools {
  previewer: Previewer;
  /** A small Figure 1 for the feedback of questions about the curve, or null. */
  plotFor?: (instance: QuestionInstance, size: { columns: number; rows: number }) => string | null;
  /** A question's answer as the learner reads it (shown when it is skipped). */
  reveal?: (instance: QuestionInstance) => string;
}

/** The session's first question when the command took it before the interface loaded (and showed it as plain text from `shownAt`, a performance.now() time). */
export interface FirstQuestion {
  instance: QuestionInstance | null;
  shownAt: number;
}

/**
 * The drill's state and what the learner can do, on top of the session loop: every action
 * goes through the session (which commits each answer before returning its verdict), and
 * the screen state follows. Grading waits for the tools; ending waits for a pending answer.
 */
export function useDrill(session: DrillPort, loadTools: () => Promise<DrillTools>, first?: FirstQuestion) {
  const { exit } = useApp();
  const [state, dispatch] = useReducer(drillReducer, null, () =>
    initialDrill(first ? first.instance : session.next(), session.progress(), first?.shownAt ?? performance.now(), () => session.end()),
  );
  const tools = useRef<Promise<DrillTools> | null>(null);
  const [loaded, setLoaded] = useState<DrillTools | null>(null);
  const pending = useRef<Promise<void>>(Promise.resolve());
  const busy = useRef(false);

  const startTools = () => (tools.current ??= loadTools());
  useEffect(() => {
    // After the first frame: the question is on screen before mathjs starts loading.
    const timer = setTimeout(() => startTools().then(setLoaded, (error: unknown) => exit(error as Error)), 0);
    return () => clearTimeout(timer);
  }, []);

  const { screen } = state;
  const finish = () => {
    void pending.current.then(() => dispatch({ type: 'finished', summary: session.end() }));
  };
  const next = () => {
    const instance = session.next();
    if (instance) dispatch({ type: 'ask', instance, progress: session.progress(), at: performance.now() });
    else finish();
  };
  const submit = (answer: string, selfGrade?: SelfGrade) => {
    if (screen.name !== 'question' || busy.current) return;
    busy.current = true;
    const elapsedMs = performance.now() - screen.shownAt;
    pending.current = startTools()
      .then(() => {
        const { result, retry, unsavedReason } = session.submit(answer, { elapsedMs, ...(selfGrade ? { selfGrade } : {}) });
        if (retry) dispatch({ type: 'invalid', message: result.feedback });
        else dispatch({ type: 'answered', answer, result, progress: session.progress(), ...(unsavedReason ? { unsaved: unsavedReason } : {}) });
      })
      .catch((error: unknown) => exit(error as Error))
      .finally(() => {
        busy.current = false;
      });
  };
  return {
    state,
    tools: loaded,
    /** The question's prompt holds a computed value: it shows once the math core is there. */
    waiting: screen.name === 'question' && needsMathToShow(screen.instance.question) && !loaded,
    submit,
    next,
    finish,
    close: () => exit(),
    /** Esc or Ctrl-C from a question: asks first when an answer in progress would be dropped. */
    quit: (unsubmitted?: boolean) => (unsubmitted ? dispatch({ type: 'askEnd' }) : finish()),
    keepGoing: () => dispatch({ type: 'keepGoing' }),
    hint: () => dispatch({ type: 'hint', hint: session.hint() }),
    /** Skipping records nothing; the answer and explanation are shown before the next question. */
    skip: () => {
      if (screen.name !== 'question' || busy.current) return;
      busy.current = true;
      const instance = screen.instance;
      session.skip();
      pending.current = startTools()
        .then((loaded) => dispatch({ type: 'skipped', answer: loaded.reveal?.(instance) ?? null, progress: session.progress() }))
        .catch((error: unknown) => exit(error as Error))
        .finally(() => {
          busy.current = false;
        });
    },
    toggleHelp: () => dispatch({ type: 'toggleHelp' }),
  };
}
