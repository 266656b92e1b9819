import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFocal } from '../helpers/run-focal.js';

// Hostile derivation documents: each is refused quickly with exit 2 and a message naming the
// limit it breaks; never a stack overflow (exit 3) or a long wait.
const dir = mkdtempSync(join(tmpdir(), 'focal-derive-limits-'));
const home = mkdtempSync(join(tmpdir(), 'focal-derive-limits-home-'));
const env = { FOCAL_CACHE_DIR: join(home, 'cache'), FOCAL_DB: join(home, 'progress.db'), HOME: home, LANG: 'C', LC_ALL: undefined };
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

function file(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const letChain = (count: number, term: (previous: string) => string) =>
  ['let: a0 = x', ...Array.from({ length: count - 1 }, (_, i) => `let: a${i + 1} = ${term(`a${i}`)}`), `a${count - 1}`, 'd/dx = 1'].join('\n');

const derive = (path: string) => runFocal(['derive', path], { env, timeoutMs: 10_000 });

describe('focal derive: bounded work for any input', () => {
  it.each([
    ['3,000 chained lets and a d/dx step', () => letChain(3000, (a) => `${a} + 1`), /the derivation is too long \(\d+ characters; the limit is 20000\)/],
    ['1,000 lets of 200 terms', () => letChain(1000, (a) => Array(200).fill(a).join('+')), /bytes, more than 80000 \(the limit of a derivation\)/],
    ['60 short lets', () => letChain(60, (a) => `${a} + 1`), /:51:\d+: too many lets: a derivation has at most 50 let: definitions/],
    ['a chain of lets nested too deeply when written out', () => letChain(50, (a) => `${'sigmoid('.repeat(12)}${a}${')'.repeat(12)}`), /nested too deeply with its lets written out \(\d+ levels; the limit is 400\)/],
    ['201 steps', () => ['x', ...Array(200).fill('= x')].join('\n'), /:201: too many steps: a derivation has at most 200/],
    ['too much evaluation', () => ['x', ...Array(150).fill('= softplus(sigmoid(x)*exp(-x^2)) - softplus(sigmoid(x)*exp(-x^2)) + x')].join('\n'), /too much evaluation: more than the limit of \d+ terms at each sampled point/],
  ])('%s: exit 2 naming the limit', async (_, text, message) => {
    const started = Date.now();
    const result = await derive(file('doc.txt', text()));
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(8_000);
  });

  it.each([
    ['/dev/urandom', 'not a regular file'],
    ['/dev/zero', 'not a regular file'],
  ])('%s is refused at once', async (path, message) => {
    const result = await derive(path);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`focal: cannot read ${path}: ${message} (a device, FIFO or socket)\n`);
  });

  it('a FIFO is refused without waiting for a writer', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const result = await derive(fifo);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not a regular file/);
  });

  it('binary, non-UTF-8 and oversized files, and too much stdin, are refused', async () => {
    expect((await derive(file('nul.bin', Buffer.from([0x78, 0, 0x0a])))).stderr).toMatch(/it is not text \(it contains NUL bytes\)/);
    expect((await derive(file('latin1.txt', Buffer.from([0x78, 0xe9, 0x0a])))).stderr).toMatch(/it is not UTF-8 text/);
    const big = await derive(file('big.txt', 'x\n'.repeat(50_000)));
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/100000 bytes, more than 80000 \(the limit of a derivation\)/);
    const stdin = await runFocal(['derive', '-'], { env, input: 'x\n'.repeat(50_000) });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/cannot read stdin: more than 80000 bytes/);
  });

  it('the same text typed as a drill answer is refused as unreadable, not hung on', async () => {
    const answer = ['d/dx = -(1/pt)*pt*(1-pt)', ...Array.from({ length: 60 }, (_, i) => `let: b${i} = x`), '= pt - 1'].join('\n');
    const started = Date.now();
    const result = await runFocal(['check', 'gradients-derive-ce-positive', answer, '--json'], { env });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ verdict: 'invalid', correct: false });
    expect(JSON.parse(result.stdout).feedback).toMatch(/too many lets/);
    expect(Date.now() - started).toBeLessThan(8_000);
  });
});
