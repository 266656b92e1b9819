import type { QuestionInstance } from '../core/bank/types.js';
import type { GradeResult } from '../core/grading/types.js';
import type { Clock } from '../core/schedule/clock.js';
import type { FsrsRating } from '../core/schedule/fsrs.js';
import { commitAnswer } from '../core/session/commit.js';
import type { AttemptRecord } from '../core/session/store.js';
import { systemClock, withStore } from './index.js';

export interface CheckedAnswer {
  instance: QuestionInstance;
  answer: string;
  result: GradeResult;
  selfGrade?: FsrsRating;
}

/**
 * Records one answer graded outside a drill (`focal check --record`) exactly as the drill
 * does — attempt, FSRS rating and card update in one transaction — without a session.
 * It was not timed, so a correct answer rates Good, never Easy.
 */
export function recordAnswer(dbPath: string, checked: CheckedAnswer, clock: Clock = systemClock): Promise<AttemptRecord> {
  return withStore(dbPath, (store) => {
    const { attempt } = commitAnswer(store, {
      instance: checked.instance,
      answer: checked.answer,
      result: checked.result,
      elapsedMs: null,
      hintUsed: false,
      ...(checked.selfGrade !== undefined ? { selfGrade: checked.selfGrade } : {}),
      sessionId: null,
      now: clock.now(),
      id: globalThis.crypto.randomUUID(),
    });
    return attempt;
  });
}
