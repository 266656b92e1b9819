// The build's start-up stand-ins must measure and split text exactly as the real modules do.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import realStringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript build helpers, no type declarations
import { LazySegmenter } from '../../../scripts/shims/segmenter.js';
// @ts-expect-error plain JavaScript build helpers, no type declarations
import shimStringWidth from '../../../scripts/shims/string-width.js';
// @ts-expect-error plain JavaScript build helpers, no type declarations
import { startupShims } from '../../../scripts/startup-shims.mjs';

interface Segment {
  segment: string;
  index: number;
}
interface Segments extends Iterable<Segment> {
  containing(index: number): Segment | undefined;
}

/** Seeded text from a pool of characters (xorshift, so every run tries the same strings). */
function strings(pool: string[], count: number, seed = 7): string[] {
  let state = seed;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => pool[Math.floor(next() * pool.length)]!).join(''));
}

const split = (segments: Iterable<Segment>) => [...segments].map(({ segment, index }) => [segment, index]);

// Characters the drill shows (fast path) and ones a grapheme joins or widens (real segmenter).
const FRAME = ['a', ' ', '\n', '\r', '\t', '\u001B', '[', '1', 'm', 'γ', 'α', 'ₜ', '²', '·', '›', '‰', '…', '─', '│', '✓', '✗', '●', '→', '≤', '∂', '⏱', '中', '文', '，', '（', '：', '、', '。', '\u3000', 'Ａ', '〜', '\u302A'];
const JOINING = ['e\u0301', '\r\n', '👍🏽', '👨‍👩‍👧', '❤\uFE0F', '🇨🇳', '각', '\u1100\u1161', 'क्षि', '\u200D', '\u3099', 'か\u3099', '\u0308'];

describe('the start-up Intl.Segmenter stand-in', () => {
  const real = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const lazy = new LazySegmenter(undefined, { granularity: 'grapheme' });

  it('splits text into the same graphemes at the same indices as Intl.Segmenter', () => {
    const samples = [...strings(FRAME, 400), ...strings([...FRAME, ...JOINING], 400, 11), ''];
    for (const text of samples) expect(split(lazy.segment(text) as Segments), JSON.stringify(text)).toEqual(split(real.segment(text)));
  });

  it('finds the grapheme containing an index like Intl.Segmenter, out of range included', () => {
    for (const text of ['γ·›a', 'e\u0301x', '\r\nab', '']) {
      for (const index of [-1, 0, 1, 2, 3, 10, 1.7]) {
        const mine = (lazy.segment(text) as Segments).containing(index);
        const theirs = real.segment(text).containing(index);
        expect(mine && [mine.segment, mine.index], `${JSON.stringify(text)} at ${index}`).toEqual(theirs && [theirs.segment, theirs.index]);
      }
    }
  });
});

describe('the start-up string-width stand-in', () => {
  it('measures like string-width, coloured and wide text included', () => {
    const samples = [...strings(FRAME, 300, 3), ...strings([...FRAME, ...JOINING, '\u202E', '\u200B', '\u2028', '\u2060', '⌚'], 300, 5)];
    for (const text of samples) expect(shimStringWidth(text), JSON.stringify(text)).toBe(realStringWidth(text));
    expect(shimStringWidth('\u001B[31m›\u001B[39m γ')).toBe(3);
  });

  it('measures every character of the Basic Multilingual Plane alone like string-width (the soft hyphen is 0)', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = String.fromCharCode(code);
      if (shimStringWidth(text) !== realStringWidth(text)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });
});

describe('string-width as the build bundles it (its Unicode-property expressions created on first use)', () => {
  it('measures like string-width, emoji, marks, joiners and Hangul included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'focal-shim-'));
    try {
      const outfile = join(dir, 'width.mjs');
      await build({
        stdin: { contents: "export { default } from 'string-width';", resolveDir: process.cwd() },
        outfile,
        bundle: true,
        format: 'esm',
        platform: 'node',
        plugins: [startupShims],
        logLevel: 'silent',
      });
      const bundled = ((await import(pathToFileURL(outfile).href)) as { default: (text: string) => number }).default;
      const emoji = ['😀', '⌛', '⏰', '1\uFE0F\u20E3', '#\u20E3', '🏳\uFE0F\u200D🌈', '👩\u200D💻', '\u2764', '\u00AD', '\u0903'];
      const samples = [...strings([...FRAME, ...JOINING, ...emoji], 400, 13), ...emoji, ...JOINING];
      for (const text of samples) expect(bundled(text), JSON.stringify(text)).toBe(realStringWidth(text));
      // A wide emoji and a narrow stopwatch: the expressions really run.
      expect(bundled('😀')).toBe(2);
      expect(bundled('a⏱')).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
