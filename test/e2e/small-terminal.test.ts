// The drill on short terminals (60×15, 40×10) in a real pseudo-terminal: the header, the
// question, the input and the verdict stay on screen; long texts scroll in their region.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PTY_KEYS as KEY, PtyFocal } from '../helpers/pty.js';

const dir = mkdtempSync(join(tmpdir(), 'focal-small-'));
const running: PtyFocal[] = [];
afterEach(() => {
  for (const focal of running.splice(0)) focal.kill();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The screen once it fits the terminal (a frame may be measured once before it is held to the height). */
const fitting = (rows: number, ...wanted: (string | RegExp)[]) => (screen: string) => {
  const lines = screen.split('\n');
  return lines.length <= rows && wanted.every((want) => (typeof want === 'string' ? screen.includes(want) : want.test(screen)));
};

describe.each([
  [60, 15],
  [40, 10],
])('at %i×%i', (cols, rows) => {
  it('keeps the header, the question, the input, the verdict and the score on screen; the explanation scrolls', async () => {
    const focal = new PtyFocal(['--question', 'numbers-ratio-param', '--seed', '3', '--db', join(dir, `${cols}x${rows}.db`)], { cols, rows, env: { NO_COLOR: '1' } });
    running.push(focal);
    await focal.waitFor(fitting(rows, 'focal-drill', /With γ = [\d.]+/, 'answer ›', 'Esc end'));
    await focal.press('5');
    await focal.waitFor(fitting(rows, 'focal-drill', /With γ = [\d.]+/, 'answer › 5', '= 5'));
    await focal.press(KEY.enter);
    // The verdict, the header and the keys, whatever the explanation's length.
    await focal.waitFor(fitting(rows, 'focal-drill', '✗ Wrong', /Esc\s+end/, ...(rows < 15 ? [/↓ \d+ more lines?/] : [])));
    const first = focal.screen();
    if (rows < 15) {
      // Not everything fits at 40×10: the region says how much is below and ↓ scrolls it, the verdict staying.
      expect(first).toMatch(/↑↓ scroll/);
      expect(first).toContain('Yours: 5.');
      await focal.press(KEY.down, KEY.down);
      // The first lines of the region scroll away; the verdict above it stays.
      await focal.waitFor((screen) => fitting(rows, '✗ Wrong', 'FL/CE', /↓ \d+ more lines?/)(screen) && !screen.includes('Yours: 5.'));
      expect(focal.screen()).toContain('focal-drill');
    }
    await focal.press(KEY.enter);
    await focal.waitFor(fitting(rows, 'Session summary', /correct 0\/1 \(0%\)/, 'Enter close'));
    await focal.press(KEY.enter);
    expect((await focal.exit()).exitCode).toBe(0);
  });
});

describe('a choice list longer than a 60×15 terminal', () => {
  it('scrolls its options around the cursor under the header and the question, saying how many are above and below', async () => {
    const [cols, rows] = [60, 15];
    const focal = new PtyFocal(['--question', 'alpha-gamma-roles', '--db', join(dir, 'choice-60x15.db')], { cols, rows, env: { NO_COLOR: '1' } });
    running.push(focal);
    await focal.waitFor(fitting(rows, 'focal-drill', 'Which statements correctly contrast', /▸ \[ \] a\./, /↓ \d more below/, /Esc end/));
    await focal.press(KEY.down, KEY.down, KEY.down, KEY.down);
    await focal.waitFor(fitting(rows, 'focal-drill', 'Which statements correctly contrast', /▸ \[ \] e\./, /↑ \d more above/, /Esc end/));
    expect(focal.screen()).not.toContain('more below');
    await focal.press(KEY.space, KEY.enter);
    await focal.waitFor(fitting(rows, 'focal-drill', /✓|✗|◐/));
    focal.kill();
  });
});

describe('a choice list at 40×10', () => {
  // Three option orders: each puts a different option (some four or five lines tall at 40 columns) first.
  it.each([1, 2, 3])('moves through options taller than the room left without redrawing forever (seed %i)', async (seed) => {
    const [cols, rows] = [40, 10];
    const focal = new PtyFocal(['--question', 'alpha-gamma-roles', '--seed', String(seed), '--db', join(dir, `choice-40x10-${seed}.db`)], { cols, rows, env: { NO_COLOR: '1' } });
    running.push(focal);
    // The compact footer keeps to Enter, ^G and Esc.
    await focal.waitFor(fitting(rows, /▸ \[ \] a\./, /↓ (4 more below|\d+ more lines? \(↓\))/, 'Enter submit · ^G keys · Esc end'));
    const settled = async () => {
      // A screen at rest draws about once a second (its clock; once more when the math core
      // has loaded); one that redraws itself draws on and on, until React gives up.
      const before = focal.frames().length;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(focal.frames().length - before).toBeLessThanOrEqual(5);
      expect(focal.text()).not.toContain('unexpected failure');
    };
    await settled();
    // ↓ reads on through an option too tall for the rows left ('↓ N more lines'), then moves to the next.
    for (const letter of ['b', 'c', 'd', 'e']) {
      for (let presses = 0; !new RegExp(`▸ \\[ \\] ${letter}\\.`).test(focal.screen()); presses++) {
        expect(presses, `↓ reaches option ${letter}`).toBeLessThan(8);
        const before = focal.screen();
        await focal.press(KEY.down);
        await focal.waitFor((screen) => screen !== before && fitting(rows)(screen));
        await settled();
      }
    }
    await focal.press(KEY.space, KEY.enter);
    await focal.waitFor(/✓|✗|◐/);
    expect(focal.text()).not.toContain('unexpected failure');
    await focal.press(KEY.enter);
    await focal.waitFor('Session summary');
    await focal.press(KEY.enter);
    expect((await focal.exit()).exitCode).toBe(0);
  });
});
