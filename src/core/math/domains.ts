/**
 * Domains of variables: `pt in (0, 1), gamma in [0, 5]`. Either end open or closed; bounds
 * are constant expressions (`-pi`, `1e-6`, `1/2`). Errors say which part and which column.
 */
import { compileEvaluator } from './evaluate.js';
import { prettyName } from './pretty.js';
import { normalizeInput, originalColumn, type Normalized } from './normalize.js';
import { canonicalName, parseExpression } from './sandbox.js';
import { fail, ok, type Domain, type MathResult } from './types.js';

/** The domain a variable gets when nothing names it (see the CLI contract). */
export function defaultDomain(name: string): Domain {
  if (name === 'pt' || name === 'p' || name === 'alpha') return { name, lo: 0, hi: 1, loOpen: true, hiOpen: true };
  if (name === 'gamma') return { name, lo: 0, hi: 5, loOpen: false, hiOpen: false };
  if (name === 'x' || name === 'z') return { name, lo: -10, hi: 10, loOpen: false, hiOpen: false };
  return { name, lo: -2, hi: 2, loOpen: false, hiOpen: false };
}

export function isInside(domain: Domain, value: number): boolean {
  return (domain.loOpen ? value > domain.lo : value >= domain.lo) && (domain.hiOpen ? value < domain.hi : value <= domain.hi);
}

/** `pₜ in (0, 1)`: readable, and valid `--where` syntax. */
export function describeDomain(domain: Domain): string {
  // Six figures, or as many as put each end within a thousandth of the width of where it is
  // ([0.9999999999, 1.0000000001], not [1, 1]).
  let digits = 6;
  const bound = (value: number) => String(Number(value.toPrecision(digits)));
  const close = (value: number) => Math.abs(Number(bound(value)) - value) <= (domain.hi - domain.lo) * 1e-3;
  while (digits < 17 && !(close(domain.lo) && close(domain.hi))) digits++;
  return `${prettyName(domain.name)} in ${domain.loOpen ? '(' : '['}${bound(domain.lo)}, ${bound(domain.hi)}${domain.hiOpen ? ')' : ']'}`;
}

const NAME = /^[A-Za-z_\u0370-\u03ff][A-Za-z0-9_\u0370-\u03ff]*/;

export function parseDomains(spec: string): MathResult<Domain[]> {
  const text = normalizeInput(spec);
  const reader = new SpecReader(text);
  const domains: Domain[] = [];
  reader.skipSpaces();
  if (reader.atEnd()) return ok(domains);
  for (;;) {
    const domain = reader.readDomain();
    if (!domain.ok) return domain;
    if (domains.some((known) => known.name === domain.value.name)) {
      return fail({ key: 'domain.twice', params: { name: domain.value.name } }, { column: reader.column(reader.lastNameAt) });
    }
    domains.push(domain.value);
    reader.skipSpaces();
    if (reader.atEnd()) return ok(domains);
    // Domains are separated by commas; a semicolon, as some people write it, serves too.
    if (!reader.take(',') && !reader.take(';')) return fail({ key: 'domain.comma' }, { column: reader.column() });
    reader.skipSpaces();
  }
}

class SpecReader {
  private at = 0;
  lastNameAt = 0;
  constructor(private readonly input: Normalized) {}

  private get text(): string {
    return this.input.text;
  }

  atEnd(): boolean {
    return this.at >= this.text.length;
  }

  column(index = this.at): number {
    return originalColumn(this.input, index + 1);
  }

  skipSpaces(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at]!)) this.at++;
  }

  take(token: string): boolean {
    if (!this.text.startsWith(token, this.at)) return false;
    this.at += token.length;
    return true;
  }

  readDomain(): MathResult<Domain> {
    const nameMatch = NAME.exec(this.text.slice(this.at));
    if (!nameMatch) return fail({ key: 'domain.name' }, { column: this.column() });
    this.lastNameAt = this.at;
    const name = canonicalName(nameMatch[0]);
    this.at += nameMatch[0].length;
    this.skipSpaces();
    if (!(this.take('in') && !/[\w]/.test(this.text[this.at] ?? '')) && !this.take('∈')) {
      return fail({ key: 'domain.in', params: { name: nameMatch[0] } }, { column: this.column() });
    }
    this.skipSpaces();
    const open = this.text[this.at];
    if (open !== '(' && open !== '[') {
      return fail({ key: 'domain.open', params: { name } }, { column: this.column() });
    }
    this.at++;
    const lo = this.readBound(name, 'lower', [',']);
    if (!lo.ok) return lo;
    const hi = this.readBound(name, 'upper', [')', ']']);
    if (!hi.ok) return hi;
    const domain: Domain = { name, lo: lo.value.value, hi: hi.value.value, loOpen: open === '(', hiOpen: hi.value.end === ')' };
    if (domain.lo > domain.hi || (domain.lo === domain.hi && (domain.loOpen || domain.hiOpen))) {
      return fail({ key: 'domain.empty', params: { name, lo: domain.lo, hi: domain.hi } }, { column: this.column(this.lastNameAt) });
    }
    if (!Number.isFinite(domain.hi - domain.lo)) {
      return fail({ key: 'domain.tooWide', params: { name } }, { column: this.column(this.lastNameAt) });
    }
    return ok(domain);
  }

  /** Reads a bound up to one of `ends` outside any brackets, and evaluates it. */
  private readBound(name: string, which: 'lower' | 'upper', ends: string[]): MathResult<{ value: number; end: string }> {
    const start = this.at;
    let depth = 0;
    while (this.at < this.text.length) {
      const ch = this.text[this.at]!;
      if (depth === 0 && ends.includes(ch)) break;
      if (depth === 0 && (ch === ')' || ch === ']' || ch === ',')) {
        return fail({ key: which === 'lower' ? 'domain.afterLower' : 'domain.afterUpper', params: { name } }, {
          column: this.column(),
        });
      }
      if (ch === '(' || ch === '[') depth++;
      else if (ch === ')' || ch === ']') depth--;
      this.at++;
    }
    if (this.atEnd()) {
      return fail({ key: which === 'lower' ? 'domain.noComma' : 'domain.noClose', params: { name } }, { column: this.column() });
    }
    const end = this.text[this.at]!;
    this.at++;
    const source = this.text.slice(start, this.at - 1);
    if (source.trim() === '') return fail({ key: which === 'lower' ? 'domain.lowerMissing' : 'domain.upperMissing', params: { name } }, { column: this.column(start) });
    const value = evaluateBound(source);
    if (!value.ok) {
      const column = value.error.column === undefined ? this.column(start) : this.column(start + value.error.column - 1);
      return fail({ key: which === 'lower' ? 'domain.lowerBound' : 'domain.upperBound', params: { name, problem: value.error.said } }, { column });
    }
    return ok({ value: value.value, end });
  }
}

function evaluateBound(source: string): MathResult<number> {
  const parsed = parseExpression(source, { allowedVariables: [] });
  if (!parsed.ok) return parsed;
  const value = compileEvaluator(parsed.value.expr, new Map())(new Float64Array(0), new Float64Array(0));
  return Number.isFinite(value) ? ok(value) : fail({ key: 'domain.finite' });
}
