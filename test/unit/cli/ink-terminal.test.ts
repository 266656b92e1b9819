import { describe, expect, it } from 'vitest';
import { holdKeys, loadInk } from '../../../src/cli/ink-terminal.js';

describe('loading Ink', () => {
  it('hides fetch only while the module loads, and removes the CI switches', async () => {
    const env: Record<string, string | undefined> = { CI: 'true', CONTINUOUS_INTEGRATION: '1', HOME: '/home/x' };
    const seen = await loadInk(async () => typeof fetch, env);
    expect(seen).toBe('undefined');
    expect(typeof fetch).toBe('function');
    expect(env).toEqual({ HOME: '/home/x' });
  });

  it('puts fetch back when loading fails', async () => {
    await expect(loadInk(() => Promise.reject(new Error('no such chunk')), {})).rejects.toThrow('no such chunk');
    expect(typeof fetch).toBe('function');
  });
});

describe('holding keys', () => {
  it('switches a terminal to raw mode until released, and leaves pipes alone', () => {
    const calls: boolean[] = [];
    const release = holdKeys({ isTTY: true, setRawMode: (raw) => calls.push(raw) });
    release();
    expect(calls).toEqual([true, false]);
    expect(() => holdKeys({ isTTY: false })()).not.toThrow();
  });
});
