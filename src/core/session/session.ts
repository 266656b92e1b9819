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
 * An unreadable answer (verdict 'invalid', a typo) costs nothing: it is not stored, does not
 * move the card and does not change the rating of the answer that follows. The session row is
 * written with the first answer, so a session where nothing was answered leaves no trace.
 *
 * An answer is never dropped: when the store refuses a write (busy past its timeout, disk full,
 * read-only), submit says so (committed: false, unsavedReason), the session goes on, and the
 * answer is written before the next one, or at the end; the summary counts those never written.
 */
import { plannedCards, type InterviewPlan } from '../plan/plan.js';
import { KINDS, type Kind, type Question, type QuestionInstance } from '../bank/types.js';
import { InputError, type Said } from '../errors.js';
import { t } from '../words/index.js';
import { requireKnownTopics } from '../bank/topics.js';
import type { Lang, Localized } from '../i18n.js';
import type { GradeInput, GradeResult } from '../grading/types.js';
import type { Clock } from '../schedule/clock.js';
import type { CardState, FsrsRating } from '../schedule/fsrs.js';
import { createPicker, plannedTotal, DRILL_MODES, type DrillMode } from '../schedule/pick.js';
import { DEFAULT_HORIZON, type MasteryHorizon } from '../schedule/mastery.js';
import { deriveSeed, nextSeed, seededRandom, shuffled } from '../random.js';
import { rateAnswer } from './commit.js';
import { InputError as StoreRefusal } from '../errors.js';
import type { AttemptRecord, ProgressStore, ReviewOf } from './store.js';
import { dueOutlook, summarize, type SessionSummary } from './summary.js';

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
  /** The interview the schedule aims at, if one is set (`focal plan`). */
  plan?: InterviewPlan | null;
  /**
   * Continue an interrupted session (`focal drill --resume`) instead of starting one: its
   * questions already answered are not asked again, and new answers go into the same session.
   */
  resume?: ResumedSession;
  /** Kept with the session's options for a later resume (the packs it ran with, the process running it). */
  stored?: Record<string, unknown>;
}

/** An interrupted session as the store holds it, to be continued. */
export interface ResumedSession {
  id: string;
  /** Questions the session planned to ask when it began. */
  planned: number;
  /** Its final answers so far (one per question, invalid ones left out), oldest first. */
  answers: readonly AttemptRecord[];
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
  /** Chooses the questions instead of the schedule (the mock interview); options.mode is then not used. */
  source?: QuestionSource;
}

/**
 * Another way of choosing what to ask than the drill's schedule: asked for each question in
 * turn, with the cards as the answers so far left them.
 */
export interface QuestionSource {
  /** Stored as the session's mode (`interview`). */
  mode: string;
  /** Stored with the session, beside the language. */
  options: Record<string, unknown>;
  /** The most questions it will ask. */
  total: number;
  next(context: { cards: ReadonlyMap<string, CardState>; now: number; asked: ReadonlySet<string> }): Question | undefined;
}

export interface SubmitExtras {
  /** The learner's own grade: required for self-graded (free response) questions. */
  selfGrade?: FsrsRating;
  /** Time from showing the question to submitting, as the interface measured it. */
  elapsedMs: number;
}

export interface SubmitOutcome {
  result: GradeResult;
  /**
   * The attempt is in the store (an unreadable answer, which is not stored, counts as committed).
   * False: the store refused it; the session keeps it and writes it with a later answer or at the end.
   */
  committed: boolean;
  /** Why the answer could not be written, naming the database: for the screen. */
  unsavedReason?: string;
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
  /** Questions of the bank due for review now (as the summary counts them). */
  dueNow(): number;
  summary(): SessionSummary;
  end(): SessionSummary;
}

interface Current {
  instance: QuestionInstance;
  hintUsed: boolean;
}

/** An answer the store has not taken yet. */
interface Unsaved {
  attempt: AttemptRecord;
  reviewOf: ReviewOf | null;
}

export function createDrillSession(deps: DrillSessionDeps): DrillSession {
  const { bank, instantiate, grade, store, clock, options } = deps;
  const newId = deps.newId ?? (() => globalThis.crypto.randomUUID());
  const seed = options.seed ?? clock.now() % 0x7fffffff;
  const resumed = options.resume;
  const answeredBefore = new Set(resumed?.answers.map((answer) => answer.questionId));
  // Candidates in a seeded order: it breaks every tie of the schedule, so a seed fixes the order.
  // A resumed session leaves out what it answered before (filtered after the shuffle, so the order is the one it began with).
  const candidates = shuffled(selectCandidates(bank, options), seededRandom(deriveSeed(seed, 0))).filter((question) => !answeredBefore.has(question.id));
  const cards: Map<string, CardState> = store.loadCards();
  // The picker sees the due dates an interview plan gives (src/core/plan); answers update the real cards.
  const scheduled = new Map<string, CardState>(plannedCards(cards, options.plan ?? null, clock.now()));
  const paramsRandom = seededRandom(deriveSeed(seed, 1));
  const fixed = options.questionId !== undefined ? candidates[0] : undefined;
  const source = deps.source;
  // Resumed: what the session planned, less what it answered, as far as the mode still has questions.
  const count = resumed ? Math.max(0, resumed.planned - resumed.answers.length) : options.count;
  const total = source ? source.total : options.questionId !== undefined ? Math.min(1, candidates.length, count) : plannedTotal(options.mode, candidates, scheduled, clock.now(), count);
  // Numbering and the summary go on from the answers given before the interruption.
  const before = resumed?.answers.length ?? 0;
  // Kept for the whole session (cards as columns, each topic's last mastery): told of every card that changes.
  const horizon = options.masteryHorizon ?? DEFAULT_HORIZON;
  const picker = createPicker(candidates, scheduled, horizon);
  const id = resumed?.id ?? newId();

  const asked = new Set<string>(answeredBefore);
  const topicsAsked: string[] = resumed?.answers.map((answer) => answer.topic) ?? [];
  const answers: AttemptRecord[] = [...(resumed?.answers ?? [])];
  let previous: Question | undefined;
  let current: Current | null = null;
  let shown = 0;
  let skipped = 0;
  let streak = trailingCorrect(answers);
  /** The session row exists (a resumed session's always does). */
  let started = resumed !== undefined;
  /** The front end asked for another question and none was left: the session ran to its end. */
  let ranOut = false;
  let ended: SessionSummary | null = null;
  const unsaved: Unsaved[] = [];

  /** Writes what is waiting, oldest first (the session row before any attempt); stops at the first refusal. */
  function flush(): string | undefined {
    try {
      if (!started) {
        const at = unsaved[0]?.attempt.answeredAt ?? clock.now();
        const mode = source ? source.mode : options.mode;
        const described = source ? { ...source.options, lang: options.lang } : { ...describeOptions(options), planned: total, ...options.stored };
        store.startSession({ id, startedAt: at, endedAt: null, mode, seed, options: described });
        started = true;
      }
      while (unsaved.length > 0) {
        const { attempt, reviewOf } = unsaved[0]!;
        const review = store.recordAttempt(attempt, reviewOf);
        unsaved.shift();
        if (review) {
          cards.set(attempt.questionId, review.card);
          scheduled.set(attempt.questionId, review.card);
          picker.cardChanged(attempt.questionId);
        }
      }
      return undefined;
    } catch (error) {
      return error instanceof StoreRefusal ? error.describe(options.lang) : t(options.lang, 'store.refusedAnswer', { reason: (error as Error).message.split('\n')[0]! });
    }
  }

  function pick(): Question | undefined {
    if (source) return source.next({ cards, now: clock.now(), asked });
    if (fixed) return shown === 0 ? fixed : undefined;
    return picker.next(options.mode, { now: clock.now(), asked, topicsAsked, ...(previous ? { previous } : {}) });
  }

  const summary = () => ({ ...summarize(answers, skipped, bank.questions, cards, clock.now(), horizon), unsaved: unsaved.length });

  return {
    id,
    seed,
    next() {
      if (ended) return null;
      if (current) return current.instance;
      const question = shown < total ? pick() : undefined;
      if (!question) {
        ranOut = true;
        return null;
      }
      asked.add(question.id);
      topicsAsked.push(question.topic);
      previous = question;
      shown += 1;
      current = { instance: instantiate(question, nextSeed(paramsRandom)), hintUsed: false };
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
      if (result.verdict === 'invalid') return { result, committed: true, retry: true };
      const { attempt, reviewOf } = rateAnswer({
        instance: asking.instance,
        answer,
        result,
        elapsedMs: extras.elapsedMs,
        hintUsed: asking.hintUsed,
        ...(extras.selfGrade !== undefined ? { selfGrade: extras.selfGrade } : {}),
        sessionId: id,
        now: clock.now(),
        id: newId(),
      });
      unsaved.push({ attempt, reviewOf });
      const unsavedReason = flush();
      answers.push(attempt);
      streak = result.correct ? streak + 1 : 0;
      current = null;
      return unsavedReason === undefined ? { result, committed: true, retry: false } : { result, committed: false, unsavedReason, retry: false };
    },
    skip() {
      if (!current) return;
      skipped += 1;
      current = null;
    },
    progress: () => ({ index: before + shown, total: before + total, streak }),
    dueNow: () => dueOutlook(bank.questions, cards, clock.now()).now,
    summary,
    end() {
      if (ended) return ended;
      // Finished: nothing of the plan is left to ask (a finished session cannot be resumed).
      const finished = !source && (ranOut || (current === null && shown >= total));
      current = null;
      if (unsaved.length > 0) flush();
      if (started) {
        try {
          store.endSession(id, clock.now(), finished);
        } catch {
          // The answers are what matter; a session without its end time is shown as unfinished.
        }
      }
      ended = summary();
      return ended;
    },
  };
}

/** Correct answers in a row at the end of `answers`. */
function trailingCorrect(answers: readonly AttemptRecord[]): number {
  let streak = 0;
  for (let i = answers.length - 1; i >= 0 && answers[i]!.verdict === 'correct'; i--) streak += 1;
  return streak;
}

/**
 * The bank after the session's filters. A `--question` id must exist; `--topic` and `--kind`
 * values must name something real, so a typo is an error rather than an empty session.
 * A resumed session keeps the filters it began with: what no loaded pack holds any more
 * simply matches nothing (the command says so).
 */
export function selectCandidates(bank: SessionBank, options: DrillOptions): Question[] {
  const questions = bank.questions;
  if (options.resume) {
    const topics = new Set(options.topics ?? []);
    const kinds = new Set(options.kinds ?? []);
    return questions.filter(
      (question) =>
        (options.questionId === undefined || question.id === options.questionId) &&
        (topics.size === 0 || topics.has(question.topic)) &&
        (kinds.size === 0 || kinds.has(question.kind)),
    );
  }
  if (!(DRILL_MODES as readonly string[]).includes(options.mode)) {
    throw new InputError({ key: 'error.unknownMode', params: { mode: options.mode, modes: DRILL_MODES.join(', ') } }, { path: '--mode' });
  }
  if (!Number.isInteger(options.count) || options.count < 1) {
    throw new InputError({ key: 'error.count', params: { value: options.count } }, { path: '--count' });
  }
  if (options.questionId !== undefined) {
    const id = options.questionId;
    const question = bank.require ? bank.require(id) : questions.find((candidate) => candidate.id === id);
    if (!question) throw new InputError({ key: 'error.noSuchQuestion', params: { id } }, { path: '--question' });
    return [question];
  }
  const topics = new Set(options.topics ?? []);
  const kinds = new Set(options.kinds ?? []);
  requireKnownTopics(topics, questions.map((question) => question.topic));
  for (const kind of kinds) {
    if (!(KINDS as readonly string[]).includes(kind)) {
      throw new InputError({ key: 'error.unknownKind', params: { kind, kinds: KINDS.join(', ') } }, { path: '--kind' });
    }
  }
  const chosen = questions.filter(
    (question) => (topics.size === 0 || topics.has(question.topic)) && (kinds.size === 0 || kinds.has(question.kind as Kind)),
  );
  if (chosen.length === 0 && questions.length > 0) throw new InputError(noMatch(questions, [...topics], [...kinds]));
  return chosen;
}

/** Why `--topic` and `--kind` together select nothing: what each of them does hold. */
function noMatch(questions: readonly Question[], topics: string[], kinds: string[]): Said {
  const kindsOf = (topic: string) => [...new Set(questions.filter((question) => question.topic === topic).map((question) => question.kind))].sort();
  const topicsOf = (kind: string) => [...new Set(questions.filter((question) => question.kind === kind).map((question) => question.topic))].sort();
  const parts: Said[] = [
    ...topics.map((topic): Said => ({ key: 'error.topicHas', params: { topic, kinds: kindsOf(topic).join(', ') } })),
    ...kinds.map((kind): Said => ({ key: 'error.kindIn', params: { kind, topics: topicsOf(kind).join(', ') || { key: 'error.noTopic' } } })),
  ];
  const filters = [...topics.map((topic) => `--topic ${topic}`), ...kinds.map((kind) => `--kind ${kind}`)].join(' ');
  const [first, ...rest] = parts;
  const all = rest.reduce<Said>((said, part) => ({ key: 'error.semicolonPair', params: { first: said, second: part } }), first!);
  return { key: 'error.noMatch', params: { filters, parts: all } };
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
