/**
 * The mock interview, independent of any interface: line mode and the Ink screen drive it the
 * same way, as they drive a drill.
 *
 * ```ts
 * const interview = createInterview({ bank, instantiate, grade, store, clock, elapsed, options });
 * for (let asked = interview.next(); asked; asked = interview.next()) {
 *   show(asked.instance, asked.stage, asked.followUp, interview.timeLeft());
 *   const outcome = interview.submit(answer, { elapsedMs, selfGrade }); // stored before it returns
 * }
 * print(interview.end());                           // the report; also kept with the session
 * ```
 *
 * Stages come in order (src/core/interview/stages.ts). Each asks the learner's weakest question
 * of the stage (lowest mastery at the horizon, never-answered counting 0; ties in the seed's
 * order), and when that answer is wrong or partial, one follow-up: the next weakest question of
 * the stage, unless the interview is behind time (more of it used than the stages so far were
 * given). Once the time is up, the question being answered is finished and next() gives null.
 * Answers go through the drill session: each is stored, and its card moves, before its verdict
 * is returned, exactly as in a drill.
 */
import type { Question, QuestionInstance } from '../bank/types.js';
import type { Lang, Localized } from '../i18n.js';
import { deriveSeed, seededRandom, shuffled } from '../random.js';
import type { CardState } from '../schedule/fsrs.js';
import { DEFAULT_HORIZON, horizonTime, questionMastery, type MasteryHorizon } from '../schedule/mastery.js';
import { createDrillSession, type DrillSessionDeps, type SessionProgress, type SubmitExtras, type SubmitOutcome } from '../session/session.js';
import { InputError } from '../errors.js';
import { interviewReport, missedPoint, stageReport, type InterviewReport, type StageAnswer } from './report.js';
import { STAGES, stageQuestions, type Stage } from './stages.js';

/** The longest interview: three hours. */
export const MAX_MINUTES = 180;

export interface InterviewOptions {
  /** The time given, in minutes (fractions allowed: 0.5 is thirty seconds). */
  minutes: number;
  seed?: number;
  lang: Lang;
  /** When mastery is measured to find the weakest question (the interview day once one is set). */
  masteryHorizon?: MasteryHorizon;
}

export interface InterviewDeps extends Omit<DrillSessionDeps, 'options' | 'source'> {
  options: InterviewOptions;
  /**
   * Milliseconds since the interview started, from a monotonic source: the time limit and the
   * time per stage are measured on it (the calendar clock may be held by FOCAL_NOW, or jump).
   */
  elapsed: () => number;
}

/** A question of the interview, with where it stands. */
export interface InterviewQuestion {
  instance: QuestionInstance;
  /** 0-based stage number. */
  stageIndex: number;
  stage: Stage;
  /** A follow-up after a wrong or partial answer in the same stage. */
  followUp: boolean;
}

export interface InterviewSession {
  readonly id: string;
  readonly seed: number;
  readonly minutes: number;
  readonly stageCount: number;
  next(): InterviewQuestion | null;
  hint(): Localized | undefined;
  submit(answer: string, extras: SubmitExtras): SubmitOutcome;
  skip(): void;
  /** Stage number (1-based) and the number of stages, for a header. */
  progress(): SessionProgress;
  /** Milliseconds left (0 once the time is up). */
  timeLeft(): number;
  /** The report so far. */
  report(): InterviewReport;
  /** Ends the session (idempotent): the report, kept with the session in the store. */
  end(): InterviewReport;
  /** Answers the store refused and that could not be written by the end (see the drill session). */
  unsaved(): number;
}

export function createInterview(deps: InterviewDeps): InterviewSession {
  const { options, elapsed, bank } = deps;
  const minutes = options.minutes;
  if (!(Number.isFinite(minutes) && minutes > 0 && minutes <= MAX_MINUTES)) {
    throw new InputError({ key: 'error.interviewMinutes', params: { value: String(minutes) } }, { path: '--minutes' });
  }
  const limitMs = minutes * 60_000;
  const horizon = options.masteryHorizon ?? DEFAULT_HORIZON;
  const seed = options.seed ?? deps.clock.now() % 0x7fffffff;
  // Each stage's questions in the seed's order, which breaks ties of mastery.
  const order = seededRandom(deriveSeed(seed, 2));
  const pools = STAGES.map((stage) => shuffled(stageQuestions(stage, bank.questions), order));
  if (pools.every((pool) => pool.length === 0)) {
    throw new InputError({ key: 'error.noInterviewQuestion', params: { topics: [...new Set(STAGES.flatMap((stage) => stage.topics ?? []))].join(', ') } });
  }
  const answers: StageAnswer[][] = STAGES.map(() => []);

  let stageIndex = -1;
  let asking: { stageIndex: number; followUp: boolean; shownAt: number } | null = null;
  let lastAsked: InterviewQuestion | null = null;
  let ended: InterviewReport | null = null;
  let endedAt: number | null = null;
  let unsaved = 0;

  const timeUp = () => elapsed() >= limitMs;
  /** On time: no more of the interview used than the stages up to this one were given. */
  const onTime = () => elapsed() < ((stageIndex + 1) / STAGES.length) * limitMs;

  /** The weakest question of a stage not asked yet, or undefined. */
  function weakest(pool: readonly Question[], cards: ReadonlyMap<string, CardState>, now: number, asked: ReadonlySet<string>): Question | undefined {
    const at = horizonTime(horizon, now);
    let best: Question | undefined;
    let bestMastery = Number.POSITIVE_INFINITY;
    for (const question of pool) {
      if (asked.has(question.id)) continue;
      const mastery = questionMastery(cards.get(question.id), now, at);
      if (mastery < bestMastery) {
        best = question;
        bestMastery = mastery;
      }
    }
    return best;
  }

  let choice: { stageIndex: number; followUp: boolean } | null = null;
  const drill = createDrillSession({
    ...deps,
    options: { mode: 'mixed', count: 1, lang: options.lang, ...(options.seed !== undefined ? { seed: options.seed } : { seed }) },
    source: {
      mode: 'interview',
      options: { minutes },
      total: STAGES.length * 2,
      next({ cards, now, asked }) {
        choice = null;
        if (timeUp()) return undefined;
        const current = stageIndex >= 0 ? answers[stageIndex]! : [];
        const last = current.at(-1);
        if (current.length === 1 && last && (last.verdict === 'wrong' || last.verdict === 'partial') && onTime()) {
          const followUp = weakest(pools[stageIndex]!, cards, now, asked);
          if (followUp) {
            choice = { stageIndex, followUp: true };
            return followUp;
          }
        }
        for (let next = stageIndex + 1; next < STAGES.length; next++) {
          const question = weakest(pools[next]!, cards, now, asked);
          if (!question) continue;
          stageIndex = next;
          choice = { stageIndex: next, followUp: false };
          return question;
        }
        return undefined;
      },
    },
  });

  function record(answer: Omit<StageAnswer, 'ms' | 'followUp'>): void {
    if (!asking) return;
    answers[asking.stageIndex]!.push({ ...answer, ms: Math.max(0, elapsed() - asking.shownAt), followUp: asking.followUp });
    asking = null;
  }

  const report = () =>
    interviewReport(
      minutes,
      STAGES.map((stage, index) => stageReport(stage.id, answers[index]!, index <= stageIndex && pools[index]!.length > 0, options.lang)),
      (endedAt ?? elapsed()) / 1000,
      (endedAt ?? elapsed()) >= limitMs,
      options.lang,
    );

  return {
    id: drill.id,
    seed,
    minutes,
    stageCount: STAGES.length,
    next() {
      if (ended) return null;
      if (asking && lastAsked) return lastAsked;
      const instance = drill.next();
      const chosen = choice as { stageIndex: number; followUp: boolean } | null;
      if (!instance || !chosen) return null;
      asking = { ...chosen, shownAt: elapsed() };
      lastAsked = { instance, stageIndex: chosen.stageIndex, stage: STAGES[chosen.stageIndex]!, followUp: chosen.followUp };
      return lastAsked;
    },
    hint: () => drill.hint(),
    submit(answer, extras) {
      const outcome = drill.submit(answer, extras);
      if (outcome.retry || !lastAsked) return outcome;
      const { result } = outcome;
      record({
        questionId: lastAsked.instance.question.id,
        verdict: result.verdict === 'invalid' ? 'wrong' : result.verdict,
        score: result.score,
        missed: missedPoint(lastAsked.instance, result, options.lang),
      });
      return outcome;
    },
    skip() {
      if (!asking || !lastAsked) return;
      drill.skip();
      record({ questionId: lastAsked.instance.question.id, verdict: 'skipped', score: 0, missed: null });
    },
    progress: () => ({ index: Math.max(0, stageIndex + 1), total: STAGES.length, streak: drill.progress().streak }),
    timeLeft: () => Math.max(0, limitMs - elapsed()),
    unsaved: () => unsaved,
    report,
    end() {
      if (ended) return ended;
      endedAt = elapsed();
      asking = null;
      unsaved = drill.end().unsaved;
      ended = report();
      try {
        deps.store.saveSessionReport?.(drill.id, ended);
      } catch {
        // The answers are stored; a session without its report is listed as unfinished.
      }
      return ended;
    },
  };
}
