import type { QuestionInstance } from '../../core/bank/types.js';
import type { GradeResult } from '../../core/grading/types.js';
import type { Localized } from '../../core/i18n.js';
import type { SessionProgress } from '../../core/session/session.js';
import type { SessionSummary } from '../../core/session/summary.js';

/** What the drill shows: a question being answered, the feedback on it, or the summary. */
export type DrillScreen =
  | {
      name: 'question';
      instance: QuestionInstance;
      /** performance.now() when it appeared: the answer's elapsed time starts here. */
      shownAt: number;
      /** The hint once asked for ('none' when the question has none). */
      hint: Localized | 'none' | null;
      /** Why the last answer could not be read (it does not count). */
      notice: string | null;
    }
  | { name: 'feedback'; instance: QuestionInstance; answer: string; result: GradeResult; /** Why the answer is not saved yet. */ unsaved?: string }
  /** A skipped question (nothing recorded), with its answer (null when it cannot be shown) and explanation. */
  | { name: 'skipped'; instance: QuestionInstance; answer: string | null }
  | { name: 'summary'; summary: SessionSummary };

export interface DrillState {
  screen: DrillScreen;
  progress: SessionProgress;
  /** The key help is open over the current screen (which stays mounted, keeping its input). */
  help: boolean;
  /** Esc over an answer not submitted: "end the session?" is asked below the question. */
  confirmEnd: boolean;
}

export type DrillAction =
  | { type: 'ask'; instance: QuestionInstance; progress: SessionProgress; at: number }
  | { type: 'hint'; hint: Localized | undefined }
  | { type: 'invalid'; message: string }
  | { type: 'answered'; answer: string; result: GradeResult; progress: SessionProgress; unsaved?: string }
  | { type: 'skipped'; answer: string | null; progress: SessionProgress }
  | { type: 'toggleHelp' }
  | { type: 'askEnd' }
  | { type: 'keepGoing' }
  | { type: 'finished'; summary: SessionSummary };

export function drillReducer(state: DrillState, action: DrillAction): DrillState {
  const { screen } = state;
  switch (action.type) {
    case 'ask':
      return { screen: asking(action.instance, action.at), progress: action.progress, help: false, confirmEnd: false };
    case 'hint':
      if (screen.name !== 'question') return state;
      return { ...state, screen: { ...screen, hint: action.hint ?? 'none' } };
    case 'invalid':
      if (screen.name !== 'question') return state;
      return { ...state, screen: { ...screen, notice: action.message } };
    case 'answered':
      if (screen.name !== 'question') return state;
      return {
        screen: { name: 'feedback', instance: screen.instance, answer: action.answer, result: action.result, ...(action.unsaved ? { unsaved: action.unsaved } : {}) },
        progress: action.progress,
        help: false,
        confirmEnd: false,
      };
    case 'toggleHelp':
      return screen.name === 'summary' ? state : { ...state, help: !state.help };
    case 'skipped':
      if (screen.name !== 'question') return state;
      return { screen: { name: 'skipped', instance: screen.instance, answer: action.answer }, progress: action.progress, help: false, confirmEnd: false };
    case 'askEnd':
      return screen.name === 'question' ? { ...state, confirmEnd: true, help: false } : state;
    case 'keepGoing':
      return { ...state, confirmEnd: false };
    case 'finished':
      return { ...state, screen: { name: 'summary', summary: action.summary }, help: false, confirmEnd: false };
  }
}

function asking(instance: QuestionInstance, at: number): DrillScreen {
  return { name: 'question', instance, shownAt: at, hint: null, notice: null };
}

/** The first screen: the first question, or straight to the summary when there is none. */
export function initialDrill(first: QuestionInstance | null, progress: SessionProgress, at: number, end: () => SessionSummary): DrillState {
  return { screen: first ? asking(first, at) : { name: 'summary', summary: end() }, progress, help: false, confirmEnd: false };
}
