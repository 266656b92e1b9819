import { describe, expect, it } from 'vitest';
import { holdKeys, loadInk, runInkScreen } from '../../../src/cli/ink-screen.js';

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

describe('running an Ink screen', () => {
  const listeners = () => ['SIGTERM', 'SIGHUP'].map((signal) => process.listenerCount(signal));

  it('a signal stops the screen (said to be signalled); the handlers go and what was prepared is closed', async () => {
    const before = listeners();
    const closed: string[] = [];
    const result = await runInkScreen({
      prepare: async () => 'store',
      load: async () => 'screen',
      show: async (screen, prepared, ending) => {
        expect([screen, prepared, ending.signalled()]).toEqual(['screen', 'store', false]);
        // As a kill would: the listener runs without a real signal reaching this process.
        process.emit('SIGTERM', 'SIGTERM');
        await ending.stop;
        return ending.signalled();
      },
      close: (prepared) => closed.push(prepared),
    });
    expect(result).toBe(true);
    expect(closed).toEqual(['store']);
    expect(listeners()).toEqual(before);
  });

  it('what was prepared is closed when the screen cannot load or fails; nothing when preparing fails', async () => {
    const before = listeners();
    const closed: string[] = [];
    const close = (prepared: string) => closed.push(prepared);
    const fail = (message: string) => () => Promise.reject(new Error(message));
    await expect(runInkScreen({ prepare: async () => 'a', load: fail('no such chunk'), show: async () => 0, close })).rejects.toThrow('no such chunk');
    await expect(runInkScreen({ prepare: async () => 'b', load: fail('no such chunk'), loadAfterPrepare: true, show: async () => 0, close })).rejects.toThrow('no such chunk');
    await expect(runInkScreen({ prepare: async () => 'c', load: async () => 'screen', show: fail('disk full'), close })).rejects.toThrow('disk full');
    await expect(runInkScreen({ prepare: fail('locked'), load: fail('no such chunk'), show: async () => 0, close })).rejects.toThrow('locked');
    expect(closed).toEqual(['a', 'b', 'c']);
    expect(listeners()).toEqual(before);
  });
});
