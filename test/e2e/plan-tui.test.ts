// `focal plan` and the drill on a terminal once an interview date is set: the real CLI in a
// pseudo-terminal (80×24), its clock held at 2026-11-30 09:00 (FOCAL_NOW).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PTY_KEYS as KEY, PtyFocal } from '../helpers/pty.js';
import { runFocal } from '../helpers/run-focal.js';

let dir: string;
let dbCount = 0;
const running: PtyFocal[] = [];
const env = { NO_COLOR: '1', FOCAL_NOW: '2026-11-30T09:00:00', LANG: 'C', LC_ALL: undefined };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'focal-plan-tui-'));
});
afterEach(() => {
  for (const focal of running.splice(0)) focal.kill();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(args: string[], db: string, lang: 'en' | 'zh' = 'en') {
  const focal = new PtyFocal([...args, '--db', db, '--lang', lang], { env });
  running.push(focal);
  return focal;
}

describe('focal plan on a terminal', () => {
  it('shows days left, recall on the day per topic and the workload; Esc goes back', async () => {
    const db = join(dir, `progress-${++dbCount}.db`);
    const focal = start(['plan', '--interview', '2026-12-13'], db);
    await focal.waitFor("Enter start today's drill · Esc back");
    const screen = focal.screen();
    expect(screen).toContain('Interview on 2026-12-13 · 13 days left · target recall 0.90');
    expect(screen).toMatch(/topic +recall on the day/);
    // Every topic with a bar and its predicted recall on the day (the planned reviews included).
    for (const topic of ['motivation', 'α vs γ', 'code review', 'relatives']) expect(screen).toMatch(new RegExp(`\\n ${topic} +[█░]{10}  [01]\\.\\d\\d`));
    expect(screen).toMatch(/per day +[▁▂▃▄▅▆▇█ ]+ +reviews \+ new \(today \d+ reviews,\s+\d+ new\)/);
    await focal.press(KEY.escape);
    expect((await focal.exit()).exitCode).toBe(0);
    // The date was stored: the plain output says the same.
    const plain = await runFocal(['plan', '--db', db], { env });
    expect(plain.stdout).toContain('Interview on 2026-12-13 · 13 days left');
  });

  it("Enter starts today's drill, whose header counts the days to the interview", async () => {
    const db = join(dir, `progress-${++dbCount}.db`);
    const focal = start(['plan', '--interview', '2026-12-13'], db);
    await focal.waitFor("Enter start today's drill");
    await focal.press(KEY.enter);
    await focal.waitFor(/focal-drill · .* 1\/\d+ .*interview in 13 days/);
    await focal.press(KEY.escape);
    await focal.waitFor('Session summary');
    await focal.press(KEY.enter);
    expect((await focal.exit()).exitCode).toBe(0);
  });

  it('in Chinese; and with no date set, the plain sentence saying how to set one', async () => {
    const db = join(dir, `progress-${++dbCount}.db`);
    const none = start(['plan'], db, 'zh');
    expect((await none.exit()).exitCode).toBe(0);
    expect(none.text()).toContain('尚未设置面试日期');
    const focal = start(['plan', '--interview', '2026-12-01'], db, 'zh');
    await focal.waitFor('Enter 开始今天的练习 · Esc 返回');
    expect(focal.screen()).toContain('面试日期 2026-12-01 · 还剩 1 天');
    await focal.press(KEY.enter);
    await focal.waitFor(/明天面试/);
    await focal.press(KEY.escape);
    await focal.waitFor('本次小结');
    await focal.press(KEY.enter);
    expect((await focal.exit()).exitCode).toBe(0);
  });
});

describe('the drill in line mode once a date is set', () => {
  it('says first how many days are left', async () => {
    const db = join(dir, `progress-${++dbCount}.db`);
    await runFocal(['plan', '--interview', '2026-12-13', '--db', db], { env });
    const drill = await runFocal(['drill', '--plain', '--seed', '1', '--db', db], { env, input: ':quit\n' });
    expect(drill.stdout.split('\n')[0]).toBe('interview in 13 days');
    const without = await runFocal(['drill', '--plain', '--seed', '1', '--db', join(dir, `progress-${++dbCount}.db`)], { env, input: ':quit\n' });
    expect(without.stdout).not.toContain('interview in');
  });
});
