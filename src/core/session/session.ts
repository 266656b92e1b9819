/**
 * The drill session loop, independent of any interface: line mode and the Ink app both
 * drive it the same way.
 *
 * ```ts
 * const session = createDrillSession({ bank, instantiate, grade, store, clock, options });
 * for (let instance = session.next(); instance; instance = session.next()) {
 *   show(instance, session.progress());            // i/N, streak
 *   // optionally: session.hint() → the hint text (the question can then rate at most Hard)
 *   // or: session.skip() → moves on, nothing stored
 *   const { result, retry } = session.submit(answer, { elapsedMs, selfGrade });
 *   // the attempt and its card update are committed before submit returns: show the verdict now.
 *   // retry: the answer could not be read (verdict 'invalid'): ask the same question again
 *   //        (next() also returns it again until it is answered or skipped).
 * }
 * print(session.end());                            // the summary; ends the session (idempotent)
 * ```
 *
 * Invalid answers are stored (verdict 'invalid') but do not count as wrong and do not move
 * the card; the final answer to the question is rated Hard at best. The session row is
 * written with the first answer, so a session where nothing was answered leaves no trace.
 */
import { KINDS, type Kind, type Question, type QuestionInstance } from '../bank/types.js';
import { InputError } from '../errors.js';
import type { Lang, Localized } from '../i18n.js';
import type { GradeInput, GradeResult } from '../grading/types.js';
import type { Clock } from '../schedule/clock.js';
import type { CardState, FsrsRating } from '../schedule/fsrs.js';
import { createPicker, plannedTotal, DRILL_MODES, type DrillMode } from '../schedule/pick.js';
import { DEFAULT_HORIZON, type MasteryHorizon } from '../schedule/mastery.js';
import { deriveSeed, nextSeed, seededRandom, shuffled } from '../random.js';
import { commitAnswer } from './commit.js';
import type { AttemptRecord, ProgressStore } from './store.js';
import { summarize, type SessionSummary } from './summary.js';

export interface DrillOptions {
  mode: DrillMode;
  /** Only these topics (empty or absent: all). */
  topics?: readonly string[];
  /** Only these kinds (empty or absent: all). */
  kinds?: readonly string[];
  /** Questions in the session. */
  count: number;
  /** Drill exactly this question, once. */
  questionId?: string;
  /** Reproducible order and parameters; without it the clock seeds the session. */
  seed?: number;
  lang: Lang;
  /** When topic mastery is measured (weak mode, the summary); default a week ahead. */
  masteryHorizon?: MasteryHorizon;
}

/** What the session needs of the bank (src/core/bank's Bank fits). */
export interface SessionBank {
  questions: readonly Question[];
  /** The question with this id, or an InputError naming it (with suggestions). */
  require?(id: string): Question;
}

export interface DrillSessionDeps {
  bank: SessionBank;
  /** Draws the parameters of a question and fills in its texts (the bank's instantiate). */
  instantiate: (question: Question, seed: number) => QuestionInstance;
  grade: (input: GradeInput) => GradeResult;
  store: ProgressStore;
  clock: Clock;
  options: DrillOptions;
  /** New UUIDs for sessions and attempts (default: crypto.randomUUID). */
  newId?: () => string;
}

export interface SubmitExtras {
  /** The learner's own grade: required for self-graded (free response) questions. */
  selfGrade?: FsrsRating;
  /** Time from showing the question to submitting, as the interface measured it. */
  elapsedMs: number;
}

export interface SubmitOutcome {
  result: GradeResult;
  /** Always true: the attempt is in the store when submit returns. */
  committed: true;
  /** The answer could not be read: ask the same question again. */
  retry: boolean;
}

export interface SessionProgress {
  /** 1-based number of the question being asked (0 before the first). */
  index: number;
  total: number;
  /** Correct answers in a row, ending with the latest. */
  streak: number;
}

export interface DrillSession {
  readonly id: string;
  readonly seed: number;
  next(): QuestionInstance | null;
  hint(): Localized | undefined;
  submit(answer: string, extras: SubmitExtras): SubmitOutcome;
  skip(): void;
  progress(): SessionProgress;
  summary(): SessionSummary;
  end(): SessionSummary;
}

interface Current {
  instance: QuestionInstance;
  hintUsed: boolean;
  hadInvalidTry: boolean;
}

export function createDrillSession(deps: DrillSessionDeps): DrillSession {
  const { bank, instantiate, grade, store, clock, options } = deps;
  const newId = deps.newId ?? (() => globalThis.crypto.randomUUID());
  const seed = options.seed ?? clock.now() % 0x7fffffff;
  // Candidates in a seeded order: it breaks every tie of the schedule, so a seed fixes the order.
  const candidates = shuffled(selectCandidates(bank, options), seededRandom(deriveSeed(seed, 0)));
  const cards: Map<string, CardState> = store.loadCards();
  const paramsRandom = seededRandom(deriveSeed(seed, 1));
  const fixed = options.questionId !== undefined ? candidates[0] : undefined;
  const total = fixed ? 1 : plannedTotal(options.mode, candidates, cards, clock.now(), options.count);
  // Kept for the whole session (cards as columns, each topic's last mastery): told of every card that changes.
  const horizon = options.masteryHorizon ?? DEFAULT_HORIZON;
  const picker = createPicker(candidates, cards, horizon);
  const id = newId();

  const asked = new Set<string>();
  const topicsAsked: string[] = [];
  const answers: AttemptRecord[] = [];
  let previous: Question | undefined;
  let current: Current | null = null;
  let shown = 0;
  let skipped = 0;
  let streak = 0;
  let started = false;
  let ended: SessionSummary | null = null;

  function pick(): Question | undefined {
    if (fixed) return asked.size === 0 ? fixed : undefined;
    return picker.next(options.mode, { now: clock.now(), asked, topicsAsked, ...(previous ? { previous } : {}) });
  }

  const summary = () => summarize(answers, skipped, bank.questions, cards, clock.now(), horizon);

  return {
    id,
    seed,
    next() {
      if (ended) return null;
      if (current) return current.instance;
      if (shown >= total) return null;
      const question = pick();
      if (!question) return null;
      asked.add(question.id);
      topicsAsked.push(question.topic);
      previous = question;
      shown += 1;
      current = { instance: instantiate(question, nextSeed(paramsRandom)), hintUsed: false, hadInvalidTry: false };
      return current.instance;
    },
    hint() {
      if (!current) return undefined;
      const hint = current.instance.hint;
      if (hint) current.hintUsed = true;
      return hint;
    },
    submit(answer, extras) {
      if (!current) throw new Error('submit() without a question: call next() first');
      const asking = current;
      const result = grade({
        instance: asking.instance,
        answer,
        lang: options.lang,
        ...(extras.selfGrade !== undefined ? { selfGrade: extras.selfGrade } : {}),
      });
      const now = clock.now();
      if (!started) {
        store.startSession({ id, startedAt: now, endedAt: null, mode: options.mode, seed, options: describeOptions(options) });
        started = true;
      }
      const questionId = asking.instance.question.id;
      const { attempt, review } = commitAnswer(store, {
        instance: asking.instance,
        answer,
        result,
        elapsedMs: extras.elapsedMs,
        hintUsed: asking.hintUsed,
        hadInvalidTry: asking.hadInvalidTry,
        ...(extras.selfGrade !== undefined ? { selfGrade: extras.selfGrade } : {}),
        sessionId: id,
        now,
        id: newId(),
      });
      if (review) {
        cards.set(questionId, review.card);
        picker.cardChanged(questionId);
      }
      if (result.verdict === 'invalid') {
        asking.hadInvalidTry = true;
        return { result, committed: true, retry: true };
      }
      answers.push(attempt);
      streak = result.correct ? streak + 1 : 0;
      current = null;
      return { result, committed: true, retry: false };
    },
    skip() {
      if (!current) return;
      skipped += 1;
      current = null;
    },
    progress: () => ({ index: shown, total, streak }),
    summary,
    end() {
      if (ended) return ended;
      current = null;
      if (started) store.endSession(id, clock.now());
      ended = summary();
      return ended;
    },
  };
}

/**
 * The bank after the session's filters. A `--question` id must exist; `--topic` and `--kind`
 * values must name something real, so a typo is an error rather than an empty session.
 */
export function selectCandidates(bank: SessionBank, options: DrillOptions): Question[] {
  const questions = bank.questions;
  if (!(DRILL_MODES as readonly string[]).includes(options.mode)) {
    throw new InputError(`unknown mode "${options.mode}" (choose ${DRILL_MODES.join(', ')})`, { path: '--mode' });
  }
  if (!Number.isInteger(options.count) || options.count < 1) {
    throw new InputError(`the number of questions must be a whole number ≥ 1, not ${options.count}`, { path: '--count' });
  }
  if (options.questionId !== undefined) {
    const id = options.questionId;
    const question = bank.require ? bank.require(id) : questions.find((candidate) => candidate.id === id);
    if (!question) throw new InputError(`unknown question "${id}"`, { path: '--question' });
    return [question];
  }
  const topics = new Set(options.topics ?? []);
  const kinds = new Set(options.kinds ?? []);
  const knownTopics = new Set(questions.map((question) => question.topic));
  for (const topic of topics) {
    if (!knownTopics.has(topic)) {
      throw new InputError(`unknown topic "${topic}" (known: ${[...knownTopics].sort().join(', ')})`, { path: '--topic' });
    }
  }
  for (const kind of kinds) {
    if (!(KINDS as readonly string[]).includes(kind)) {
      throw new InputError(`unknown kind "${kind}" (known: ${KINDS.join(', ')})`, { path: '--kind' });
    }
  }
  return questions.filter(
    (question) => (topics.size === 0 || topics.has(question.topic)) && (kinds.size === 0 || kinds.has(question.kind as Kind)),
  );
}

function describeOptions(options: DrillOptions): Record<string, unknown> {
  return {
    topics: options.topics ?? [],
    kinds: options.kinds ?? [],
    count: options.count,
    ...(options.questionId !== undefined ? { question: options.questionId } : {}),
    lang: options.lang,
  };
}
