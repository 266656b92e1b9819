import type { Question } from '../bank/types.js';
import { State } from 'ts-fsrs';
import { isDue, RATING, recallAt, recallFallRate, type CardState } from './fsrs.js';
import { compareText, DEFAULT_HORIZON, FAILURE_HALF_LIFE_MS, failureWeight, horizonTime, type MasteryHorizon } from './mastery.js';

/**
 * How a session chooses its questions:
 * - `due`: questions FSRS says are due now, most overdue first;
 * - `weak`: questions of the lowest-mastery topics first, lowest mastery first within a topic;
 * - `new`: questions never answered, easiest first;
 * - `mixed`: due first, then weak (last rated Again or Hard), then new, then the rest by
 *   lowest recall; within each, topics take turns (the topic asked longest ago goes first).
 * A session never asks a question twice (an invalid answer is re-asked, which is not a new pick).
 */
export const DRILL_MODES = ['mixed', 'due', 'weak', 'new'] as const;
export type DrillMode = (typeof DRILL_MODES)[number];

export interface PickContext {
  /**
   * The bank after the session's topic and kind filters, in the session's seeded order:
   * among questions that rank equal, the earlier one is asked first, so a seed fixes the order.
   */
  candidates: readonly Question[];
  cards: ReadonlyMap<string, CardState>;
  now: number;
  /** Already asked in this session. */
  asked: ReadonlySet<string>;
  /** The question asked just before, if any: never asked twice in a row. */
  previous?: Question;
  /** Topics of the questions asked so far, in order (for mixed mode's turns). */
  topicsAsked?: readonly string[];
}

/** How many questions a session of `count` can ask in this mode at the start. */
export function plannedTotal(mode: DrillMode, candidates: readonly Question[], cards: ReadonlyMap<string, CardState>, now: number, count: number): number {
  const available =
    mode === 'due'
      ? candidates.filter((question) => isDue(cards.get(question.id), now)).length
      : mode === 'new'
        ? candidates.filter((question) => isNew(cards.get(question.id))).length
        : candidates.length;
  return Math.max(0, Math.min(count, available));
}

/** What a pick depends on besides the candidates and their cards, which a Picker keeps. */
export type PickState = Omit<PickContext, 'candidates' | 'cards'>;

/**
 * The question picker of one session. It keeps what it needs of each candidate's card in
 * columns of numbers, so a pick reads no Map and allocates nothing per candidate, and it
 * remembers each topic's mastery between picks (see ColumnPicker), yet it chooses exactly as
 * pickNext does. The cards map it was given stays the source of truth: when a card in it
 * changes, call cardChanged, or the picker keeps choosing by the old card.
 */
export interface Picker {
  /** The next question to ask at `state.now` (a finite time), or undefined when the mode has nothing left; see pickNext. */
  next(mode: DrillMode, state: PickState): Question | undefined;
  /** The card of `questionId` in the cards map changed (an answer was rated): read it again. */
  cardChanged(questionId: string): void;
}

/**
 * The next question to ask, or undefined when the mode has nothing left (see DRILL_MODES).
 * Among questions that rank the same, the earlier candidate wins. A session keeps a Picker
 * instead, which does not start from the cards map each time.
 */
export function pickNext(mode: DrillMode, context: PickContext, horizon: MasteryHorizon = DEFAULT_HORIZON): Question | undefined {
  return createPicker(context.candidates, context.cards, horizon).next(mode, context);
}

/** `horizon`: when mastery is measured (see topicMastery). */
export function createPicker(candidates: readonly Question[], cards: ReadonlyMap<string, CardState>, horizon: MasteryHorizon = DEFAULT_HORIZON): Picker {
  return new ColumnPicker(candidates, cards, horizon);
}

/** The groups a question can be picked from, by what its card says. */
const enum Pool {
  /** Seen, and due now. */
  Due,
  /** Last rated Again or Hard. */
  Lapsed,
  /** Never answered. */
  Unseen,
  Any,
}

/** Each mode's pools, in priority order: a question comes from the first pool that has one. */
const POOLS: Record<DrillMode, readonly Pool[]> = {
  due: [Pool.Due],
  new: [Pool.Unseen],
  weak: [Pool.Any],
  mixed: [Pool.Due, Pool.Lapsed, Pool.Unseen, Pool.Any],
};

/** What a candidate's card says, as bits (no card: only Unseen). */
const enum Flag {
  /** Has a card past the New state: isDue then only asks whether its due time has come. */
  Scheduled = 1,
  /** Last rated Again or Hard. */
  Lapsed = 2,
  /** No card, or no repetition yet. */
  Unseen = 4,
  /** Reviewed, with a positive stability: recall follows the forgetting curve (else it is 0). */
  Recallable = 8,
}

/** Topic turn of a topic not asked yet in this session (and of every topic outside mixed mode). */
const NO_TURN = -1;
/** A topic's mastery has not been computed since its last card change. */
const STALE = Number.NaN;
/**
 * Room for rounding when a remembered mastery bounds the current one: relative on the fall,
 * absolute per question on the sum. Both far above the real error (about 1e-16 per question);
 * too much room only costs an exact computation that was not needed.
 */
const FALL_MARGIN = 1e-6;
const SUM_MARGIN = 1e-12;

/** How fast a failure weight falls, per ms, relative to itself: 2^(−t/h) has slope −ln 2/h · itself. */
const FAILURE_DECAY_PER_MS = Math.LN2 / FAILURE_HALF_LIFE_MS;

/**
 * Candidates are numbered by their place in the session's order; every column is indexed by
 * that number, and topics by their order of first appearance among the candidates.
 *
 * Weakness order needs each topic's mastery now, the mean of its cards' questionMastery: one
 * pow per card, thousands per pick, and it changes with the clock, so a value cannot simply be
 * kept. What is kept, per topic, is the exact sum when it was last computed (computedAt), how
 * fast it can fall at most and how fast it can rise at most: recall at the horizon only falls,
 * ever more slowly, and a failure weight only shrinks, ever more slowly, so until a card of the
 * topic changes its sum now lies between the kept sum minus fallRate·elapsed and the kept sum
 * plus riseRate·elapsed. A pick computes exactly only the topics that could be the weakest by
 * these bounds, and the chosen topic, so its choice is the one the full computation would make.
 */
class ColumnPicker implements Picker {
  private readonly count: number;
  private readonly firstIndex = new Map<string, number>();
  /** The next candidate with the same id, or -1 (ids are unique in a bank, but need not be here). */
  private readonly sameId: Int32Array;
  private readonly topic: Uint32Array;
  private readonly difficulty: Float64Array;
  private readonly flags: Uint8Array;
  private readonly due: Float64Array;
  private readonly lastReview: Float64Array;
  private readonly stability: Float64Array;
  /** Time of the latest answer when it was wrong (rated Again), else NaN: see failureWeight. */
  private readonly failedAt: Float64Array;
  /** Mastery of each candidate when its topic was last computed (topic computedAt). */
  private readonly recall: Float64Array;
  /** A candidate is closed (asked, or asked just before) for the pick whose number it holds. */
  private readonly closedAt: Uint32Array;
  private pickNumber = 0;

  private readonly topicNames: string[] = [];
  private readonly topicIndex = new Map<string, number>();
  /** Candidates of topic t, in candidate order: members[memberStart[t] .. memberStart[t + 1]). */
  private readonly members: Int32Array;
  private readonly memberStart: Int32Array;
  private readonly topicTurn: Float64Array;
  /** Has an open candidate in the pool being picked from. */
  private readonly eligible: Uint8Array;
  /** When the topic's recall was last computed, or STALE. */
  private readonly computedAt: Float64Array;
  /** The sum of its candidates' recall then, in candidate order (as topicMastery sums it). */
  private readonly recallSum: Float64Array;
  /** How fast that sum can fall at most, per ms, from then on. */
  private readonly fallRate: Float64Array;
  /** How fast that sum can rise at most, per ms, from then on (failure weights fading). */
  private readonly riseRate: Float64Array;

  constructor(
    private readonly candidates: readonly Question[],
    private readonly cards: ReadonlyMap<string, CardState>,
    private readonly horizon: MasteryHorizon,
  ) {
    const count = (this.count = candidates.length);
    this.sameId = new Int32Array(count).fill(-1);
    this.topic = new Uint32Array(count);
    this.difficulty = new Float64Array(count);
    this.flags = new Uint8Array(count);
    this.due = new Float64Array(count);
    this.lastReview = new Float64Array(count);
    this.stability = new Float64Array(count);
    this.failedAt = new Float64Array(count);
    this.recall = new Float64Array(count);
    this.closedAt = new Uint32Array(count);
    for (let index = 0; index < count; index++) {
      const question = candidates[index]!;
      let earlier = this.firstIndex.get(question.id);
      if (earlier === undefined) this.firstIndex.set(question.id, index);
      else {
        while (this.sameId[earlier]! >= 0) earlier = this.sameId[earlier]!;
        this.sameId[earlier] = index;
      }
      let topic = this.topicIndex.get(question.topic);
      if (topic === undefined) {
        topic = this.topicNames.length;
        this.topicIndex.set(question.topic, topic);
        this.topicNames.push(question.topic);
      }
      this.topic[index] = topic;
      this.difficulty[index] = question.difficulty;
      this.readCard(index, cards.get(question.id));
    }
    const topics = this.topicNames.length;
    this.memberStart = new Int32Array(topics + 1);
    for (let index = 0; index < count; index++) this.memberStart[this.topic[index]! + 1]! += 1;
    for (let topic = 0; topic < topics; topic++) this.memberStart[topic + 1]! += this.memberStart[topic]!;
    this.members = new Int32Array(count);
    const filled = this.memberStart.slice(0, topics);
    for (let index = 0; index < count; index++) this.members[filled[this.topic[index]!]!++] = index;
    this.topicTurn = new Float64Array(topics);
    this.eligible = new Uint8Array(topics);
    this.computedAt = new Float64Array(topics).fill(STALE);
    this.recallSum = new Float64Array(topics);
    this.fallRate = new Float64Array(topics);
    this.riseRate = new Float64Array(topics);
  }

  cardChanged(questionId: string): void {
    const card = this.cards.get(questionId);
    for (let index = this.firstIndex.get(questionId) ?? -1; index >= 0; index = this.sameId[index]!) {
      this.readCard(index, card);
      this.computedAt[this.topic[index]!] = STALE;
    }
  }

  /**
   * The first pass finds the best pool that has an open question. By due time or difficulty,
   * a second pass finds the best question in it: lowest topic turn, then the pool's order, then
   * the earlier candidate. By recall, the topic comes first (pickByRecall).
   */
  next(mode: DrillMode, state: PickState): Question | undefined {
    const { now } = state;
    const closed = this.closeAsked(state);
    const closedAt = this.closedAt;
    const pools = POOLS[mode];
    let poolIndex = pools.length;
    for (let index = 0; index < this.count; index++) {
      if (closedAt[index] === closed) continue;
      for (let rank = 0; rank < poolIndex; rank++) {
        if (this.inPool(pools[rank]!, index, now)) {
          poolIndex = rank;
          break;
        }
      }
      if (poolIndex === 0) break;
    }
    const pool = pools[poolIndex];
    if (pool === undefined) return undefined;
    this.turns(mode, state);
    if (pool === Pool.Lapsed || pool === Pool.Any) return this.pickByRecall(pool, now, closed);

    const byDue = pool === Pool.Due;
    const { topic, topicTurn, due, difficulty } = this;
    let best = -1;
    let bestTurn = Number.POSITIVE_INFINITY;
    for (let index = 0; index < this.count; index++) {
      const turn = topicTurn[topic[index]!]!;
      if (turn > bestTurn || closedAt[index] === closed || !this.inPool(pool, index, now)) continue;
      if (best >= 0 && turn === bestTurn) {
        // Most overdue first, or easiest first.
        const difference = byDue ? due[index]! - due[best]! : difficulty[index]! - difficulty[best]!;
        if (difference >= 0) continue;
      }
      best = index;
      bestTurn = turn;
    }
    return best < 0 ? undefined : this.candidates[best];
  }

  /**
   * Weakness order: topics rank by turn (mixed mode), then mastery now, then name; the first
   * topic that has an open question in the pool gives it, least recalled first, seen before
   * unseen, then the earlier candidate.
   */
  private pickByRecall(pool: Pool, now: number, closed: number): Question | undefined {
    const { topic, topicTurn, eligible } = this;
    eligible.fill(0);
    for (let index = 0; index < this.count; index++) {
      if (this.closedAt[index] !== closed && this.inPool(pool, index, now)) eligible[topic[index]!] = 1;
    }
    let firstTurn = Number.POSITIVE_INFINITY;
    let tied = 0;
    let chosen = -1;
    for (let each = 0; each < eligible.length; each++) {
      if (!eligible[each]) continue;
      const turn = topicTurn[each]!;
      if (turn < firstTurn) {
        firstTurn = turn;
        tied = 1;
        chosen = each;
      } else if (turn === firstTurn) tied += 1;
    }
    if (chosen < 0) return undefined;
    if (tied > 1) chosen = this.weakest(firstTurn, now);
    if (this.computedAt[chosen] !== now) this.computeRecall(chosen, now);

    const { members, flags, recall } = this;
    let best = -1;
    for (let member = this.memberStart[chosen]!; member < this.memberStart[chosen + 1]!; member++) {
      const index = members[member]!;
      if (this.closedAt[index] === closed || !this.inPool(pool, index, now)) continue;
      if (best >= 0) {
        const difference = recall[index]! - recall[best]! || (flags[index]! & Flag.Unseen) - (flags[best]! & Flag.Unseen);
        if (difference >= 0) continue;
      }
      best = index;
    }
    return this.candidates[best];
  }

  /**
   * The eligible topic of this turn with the lowest mastery now (then the first name). Any topic
   * whose lower bound is above the lowest upper bound cannot be it; the others are computed.
   */
  private weakest(turn: number, now: number): number {
    const { eligible, topicTurn, computedAt } = this;
    const inTurn = (topic: number) => eligible[topic] === 1 && topicTurn[topic] === turn;
    let lowestHigh = Number.POSITIVE_INFINITY;
    for (let topic = 0; topic < eligible.length; topic++) {
      if (!inTurn(topic)) continue;
      if (!(computedAt[topic]! <= now)) this.computeRecall(topic, now);
      lowestHigh = Math.min(lowestHigh, this.masteryBound(topic, now, 'high'));
    }
    let weakest = -1;
    let weakestMastery = Number.NaN;
    for (let topic = 0; topic < eligible.length; topic++) {
      if (!inTurn(topic)) continue;
      if (computedAt[topic] !== now) {
        if (this.masteryBound(topic, now, 'low') > lowestHigh) continue;
        this.computeRecall(topic, now);
      }
      const mastery = this.recallSum[topic]! / this.size(topic);
      if (weakest >= 0 && (mastery - weakestMastery || compareText(this.topicNames[topic]!, this.topicNames[weakest]!)) >= 0) continue;
      weakest = topic;
      weakestMastery = mastery;
    }
    return weakest;
  }

  /** A bound on the topic's mastery now, from its last computation (at or before now). */
  private masteryBound(topic: number, now: number, side: 'low' | 'high'): number {
    const sum = this.recallSum[topic]!;
    const size = this.size(topic);
    if (this.computedAt[topic] === now) return sum / size;
    if (side === 'high') {
      const rise = this.riseRate[topic]! * (now - this.computedAt[topic]!) * (1 + FALL_MARGIN);
      return (sum + rise + SUM_MARGIN * size) / size;
    }
    const fall = this.fallRate[topic]! * (now - this.computedAt[topic]!) * (1 + FALL_MARGIN);
    const low = (sum - fall - SUM_MARGIN * size) / size;
    return Number.isNaN(low) ? Number.NEGATIVE_INFINITY : low;
  }

  /** Mastery of every candidate of the topic at `now` (as questionMastery), their sum and how fast it can move. */
  private computeRecall(topic: number, now: number): void {
    const { members, flags, lastReview, stability, failedAt, recall } = this;
    const at = horizonTime(this.horizon, now);
    let sum = 0;
    let fallRate = 0;
    let riseRate = 0;
    for (let member = this.memberStart[topic]!; member < this.memberStart[topic + 1]!; member++) {
      const index = members[member]!;
      let value = 0;
      if (flags[index]! & Flag.Recallable) {
        value = recallAt(lastReview[index]!, stability[index]!, at);
        fallRate += recallFallRate(lastReview[index]!, stability[index]!, at, value);
      }
      if (!Number.isNaN(failedAt[index]!)) {
        const weight = Math.pow(2, -Math.max(0, now - failedAt[index]!) / FAILURE_HALF_LIFE_MS);
        value -= weight;
        riseRate += FAILURE_DECAY_PER_MS * weight;
      }
      recall[index] = value;
      sum += value;
    }
    this.recallSum[topic] = sum;
    this.fallRate[topic] = fallRate;
    this.riseRate[topic] = riseRate;
    this.computedAt[topic] = now;
  }

  private size(topic: number): number {
    return this.memberStart[topic + 1]! - this.memberStart[topic]!;
  }

  private readCard(index: number, card: CardState | undefined): void {
    let flags = card === undefined || card.reps === 0 ? Flag.Unseen : 0;
    if (card !== undefined) {
      if (card.state !== State.New) flags |= Flag.Scheduled;
      if (card.lastRating != null && card.lastRating <= RATING.hard) flags |= Flag.Lapsed;
      // recallProbability's test, so that the curve is used for exactly the same cards.
      if (flags & Flag.Scheduled && card.lastReview !== null && !(card.stability <= 0)) flags |= Flag.Recallable;
      this.due[index] = card.due;
      this.lastReview[index] = card.lastReview ?? 0;
      this.stability[index] = card.stability;
    }
    // failureWeight's test: the latest answer of a card that has one was rated Again.
    this.failedAt[index] = card !== undefined && !(flags & Flag.Unseen) && failureWeight(card, card.lastReview ?? 0) > 0 ? card.lastReview! : Number.NaN;
    this.flags[index] = flags;
  }

  private inPool(pool: Pool, index: number, now: number): boolean {
    switch (pool) {
      case Pool.Due:
        return (this.flags[index]! & Flag.Scheduled) !== 0 && this.due[index]! <= now;
      case Pool.Lapsed:
        return (this.flags[index]! & Flag.Lapsed) !== 0;
      case Pool.Unseen:
        return (this.flags[index]! & Flag.Unseen) !== 0;
      case Pool.Any:
        return true;
    }
  }

  /** Marks the asked questions and the previous one closed for this pick; returns the mark. */
  private closeAsked(state: PickState): number {
    if (this.pickNumber === 0xffffffff) {
      this.closedAt.fill(0);
      this.pickNumber = 0;
    }
    const mark = ++this.pickNumber;
    const close = (id: string) => {
      for (let index = this.firstIndex.get(id) ?? -1; index >= 0; index = this.sameId[index]!) this.closedAt[index] = mark;
    };
    for (const id of state.asked) close(id);
    if (state.previous) close(state.previous.id);
    return mark;
  }

  /** Mixed mode's turns: the topic asked longest ago first, a topic not asked yet before all. */
  private turns(mode: DrillMode, state: PickState): void {
    const turn = this.topicTurn;
    turn.fill(NO_TURN);
    if (mode !== 'mixed') return;
    (state.topicsAsked ?? []).forEach((name, index) => {
      const topic = this.topicIndex.get(name);
      if (topic !== undefined) turn[topic] = index;
    });
  }
}

function isNew(card: CardState | undefined): boolean {
  return card === undefined || card.reps === 0;
}
