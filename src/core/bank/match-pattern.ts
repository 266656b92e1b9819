// The match patterns of free-response key points: a small, bounded subset of regular
// expressions. A pack is data anyone can write, so a pattern must not be able to make the
// matcher backtrack for ever: there is no unbounded repetition (* and +), and the number of
// ways a pattern can match at one position is computed here and capped. Work per answer is
// then at most (answer length × MAX_WAYS × pattern length).
//
// Allowed: literal text; `a|b`; groups `( )` (`(?: )` too); `?`; `{n}` and `{m,n}` with
// n ≤ MAX_REPEAT; `.`; `\d` `\s` `\w` and their negations; `\b`; classes `[...]`, ranges and
// negation included; a backslash before any other punctuation makes it literal.

import { t, type Said } from '../words/index.js';

/** Longest pattern, in characters. */
export const MAX_PATTERN_LENGTH = 300;
/** Largest n in `{m,n}`. */
export const MAX_REPEAT = 60;
/** Most ways one pattern may match at one position. */
export const MAX_WAYS = 10_000;

export class PatternError extends Error {
  constructor(
    /** What is wrong, said in the reader's language when shown. */
    readonly said: Said,
    /** 0-based offset in the pattern. */
    readonly offset: number,
  ) {
    super(t('en', said.key, said.params));
  }
}

interface Node {
  /** The JavaScript regular-expression source of this node. */
  source: string;
  /** How many ways it can match at one position (an upper bound). */
  ways: number;
  /** True for assertions and empty text: a quantifier on them is refused. */
  zeroWidth: boolean;
}

const CLASS_ESCAPES = new Set(['d', 'D', 's', 'S', 'w', 'W']);
const SYNTAX = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}', '/']);

/** Parses and checks a pattern; throws a PatternError naming the offset of the problem. */
export function compilePattern(pattern: string): RegExp {
  if (pattern.trim() === '') throw new PatternError({ key: 'pack.pattern.empty' }, 0);
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new PatternError({ key: 'pack.pattern.tooLong', params: { limit: MAX_PATTERN_LENGTH, length: pattern.length } }, MAX_PATTERN_LENGTH);
  }
  const parser = new Parser(pattern);
  const node = parser.alternation();
  if (parser.pos < pattern.length) throw new PatternError({ key: 'pack.pattern.unmatched', params: { char: ')' } }, parser.pos);
  if (node.ways > MAX_WAYS) {
    throw new PatternError({ key: 'pack.pattern.tooManyWays', params: { ways: node.ways > 1e12 ? { key: 'pack.pattern.over', params: { n: '10¹²' } } : node.ways, max: MAX_WAYS } }, 0);
  }
  // A pattern that starts with a letter or digit matches at the start of a word, so that
  // "easy" does not match inside "uneasy" (Latin letters and digits only: Chinese has no spaces).
  const wordStart = '(?:(?<![a-z0-9])|(?![a-z0-9]))';
  try {
    return new RegExp(`${wordStart}(?:${node.source})`, 'giu');
  } catch {
    throw new PatternError({ key: 'pack.pattern.invalid' }, 0);
  }
}

class Parser {
  pos = 0;
  constructor(private readonly text: string) {}

  alternation(): Node {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    if (branches.some((branch) => branch.source === '')) throw new PatternError({ key: 'pack.pattern.emptyAlternative' }, this.pos);
    return {
      source: branches.map((branch) => branch.source).join('|'),
      ways: branches.reduce((sum, branch) => sum + branch.ways, 0),
      zeroWidth: branches.every((branch) => branch.zeroWidth),
    };
  }

  private sequence(): Node {
    let source = '';
    let ways = 1;
    let zeroWidth = true;
    for (;;) {
      const char = this.peek();
      if (char === undefined || char === '|' || char === ')') break;
      const atom = this.quantified(this.atom());
      source += atom.source;
      ways = Math.min(ways * atom.ways, Number.MAX_SAFE_INTEGER);
      zeroWidth &&= atom.zeroWidth;
    }
    return { source, ways, zeroWidth };
  }

  private atom(): Node {
    const start = this.pos;
    const char = this.text[this.pos++]!;
    switch (char) {
      case '(': {
        if (this.text.startsWith('?:', this.pos)) this.pos += 2;
        else if (this.peek() === '?') throw new PatternError({ key: 'pack.pattern.groups' }, this.pos);
        const inner = this.alternation();
        if (this.peek() !== ')') throw new PatternError({ key: 'pack.pattern.unclosed', params: { char: '(' } }, start);
        this.pos++;
        return { source: `(?:${inner.source})`, ways: inner.ways, zeroWidth: inner.zeroWidth };
      }
      case '[':
        return this.charClass(start);
      case '.':
        return { source: '.', ways: 1, zeroWidth: false };
      case '\\':
        return this.escape(start);
      case '*':
      case '+':
        throw new PatternError({ key: 'pack.pattern.unbounded', params: { char, max: MAX_REPEAT } }, start);
      case '?':
      case '{':
        throw new PatternError({ key: 'pack.pattern.nothingBefore', params: { char } }, start);
      case '^':
      case '$':
        throw new PatternError({ key: 'pack.pattern.anchor', params: { char } }, start);
      case ']':
      case '}':
        throw new PatternError({ key: 'pack.pattern.unmatched', params: { char } }, start);
      default: {
        // Patterns see the answer as `normalizeChar` leaves it (α → alpha, pₜ → pt).
        const normal = normalizeChar(char);
        return { source: normal.length === 1 ? literal(normal) : `(?:${[...normal].map(literal).join('')})`, ways: 1, zeroWidth: false };
      }
    }
  }

  private escape(start: number): Node {
    const next = this.text[this.pos++];
    if (next === undefined) throw new PatternError({ key: 'pack.pattern.trailingBackslash' }, start);
    if (CLASS_ESCAPES.has(next)) return { source: `\\${next}`, ways: 1, zeroWidth: false };
    if (next === 'b') return { source: '\\b', ways: 1, zeroWidth: true };
    if (/[A-Za-z0-9]/.test(next)) throw new PatternError({ key: 'pack.pattern.unknownEscape', params: { char: next } }, start);
    return { source: literal(next), ways: 1, zeroWidth: false };
  }

  private charClass(start: number): Node {
    let source = '[';
    if (this.peek() === '^') {
      source += '^';
      this.pos++;
    }
    let members = 0;
    for (;;) {
      const char = this.text[this.pos++];
      if (char === undefined) throw new PatternError({ key: 'pack.pattern.unclosed', params: { char: '[' } }, start);
      if (char === ']' && members > 0) break;
      if (char === '\\') {
        const next = this.text[this.pos++];
        if (next === undefined) throw new PatternError({ key: 'pack.pattern.unclosed', params: { char: '[' } }, start);
        if (CLASS_ESCAPES.has(next)) source += `\\${next}`;
        else if (/[A-Za-z0-9]/.test(next)) throw new PatternError({ key: 'pack.pattern.unknownClassEscape', params: { char: next } }, this.pos - 2);
        else source += `\\${next}`;
      } else if (char === '-' && members > 0 && this.peek() !== ']') {
        source += '-';
        continue;
      } else {
        source += /[\\\]^[-]/.test(char) ? `\\${char}` : char;
      }
      members++;
    }
    try {
      new RegExp(`${source}]`, 'u');
    } catch {
      throw new PatternError({ key: 'pack.pattern.badRange' }, start);
    }
    return { source: `${source}]`, ways: 1, zeroWidth: false };
  }

  private quantified(atom: Node): Node {
    const start = this.pos;
    const char = this.peek();
    if (char === '*' || char === '+') {
      throw new PatternError({ key: 'pack.pattern.unbounded', params: { char, max: MAX_REPEAT } }, start);
    }
    let min: number;
    let max: number;
    if (char === '?') {
      this.pos++;
      [min, max] = [0, 1];
    } else if (char === '{') {
      const match = /^\{(\d{1,3})(?:(,)(\d{1,3}))?\}/.exec(this.text.slice(this.pos));
      if (!match) throw new PatternError({ key: 'pack.pattern.repetitionForm' }, start);
      this.pos += match[0].length;
      min = Number(match[1]);
      max = match[2] ? Number(match[3]) : min;
      if (max < min) throw new PatternError({ key: 'pack.pattern.backwards', params: { min, max } }, start);
      if (max > MAX_REPEAT) throw new PatternError({ key: 'pack.pattern.tooManyRepeats', params: { min, max, limit: MAX_REPEAT } }, start);
    } else {
      return atom;
    }
    if (atom.zeroWidth) throw new PatternError({ key: 'pack.pattern.nothingToRepeat' }, start);
    const next = this.peek();
    if (next === '?' || next === '*' || next === '+' || next === '{') throw new PatternError({ key: 'pack.pattern.repeatAgain' }, this.pos);
    let ways = 0;
    for (let count = min; count <= max; count++) ways = Math.min(ways + atom.ways ** count, Number.MAX_SAFE_INTEGER);
    const repeat = char === '?' ? '?' : min === max ? `{${min}}` : `{${min},${max}}`;
    return { source: `(?:${atom.source})${repeat}`, ways, zeroWidth: false };
  }

  private peek(): string | undefined {
    return this.text[this.pos];
  }
}

function literal(char: string): string {
  return SYNTAX.has(char) ? `\\${char}` : char;
}

const SPELLED = new Map([
  ['γ', 'gamma'],
  ['α', 'alpha'],
  ['π', 'pi'],
  ['−', '-'],
  ['–', '-'],
  ['×', 'x'],
]);

/**
 * One character as patterns see it: NFKC (pₜ → pt, full-width → ASCII), lower case, Greek
 * letters spelt out, minus signs and dashes as "-".
 */
export function normalizeChar(char: string): string {
  const lower = char.normalize('NFKC').toLowerCase();
  return SPELLED.get(lower) ?? lower;
}
