import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFocal, type RunResult } from '../helpers/run-focal.js';

// Terminal control characters typed into an expression, a step or an answer are echoed
// escaped (ESC as \x1b), never raw: the real CLI, every command that echoes what it read.
const dir = mkdtempSync(join(tmpdir(), 'focal-controls-'));
const env = { FOCAL_CACHE_DIR: join(dir, 'cache'), FOCAL_DB: join(dir, 'progress.db'), HOME: dir, LANG: 'C', LC_ALL: undefined };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CLEAR = '\x1b[2J';
const BEL = '\x07';
const C1_CSI = '\x9b31m';
const BIDI = '\u202e';
/** Any control character other than newline, and any bidi override: none may reach the terminal raw. */
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

function expectEscaped(result: RunResult, ...escaped: string[]): void {
  const output = result.stdout + result.stderr;
  expect(output).not.toMatch(RAW_CONTROL);
  for (const text of escaped) expect(output).toContain(text);
}

describe('control characters are echoed escaped', () => {
  it('focal eval', async () => {
    const result = await runFocal(['eval', `1${CLEAR}+1`], { env });
    expect(result.code).toBe(2);
    expectEscaped(result, '\\x1b[2J');
  });

  it('focal equiv', async () => {
    const result = await runFocal(['equiv', `x${BEL}`, 'x'], { env });
    expect(result.code).toBe(2);
    expectEscaped(result, '\\x07');
  });

  it('focal derive: a step, a relation and a let name', async () => {
    const path = join(dir, 'steps.txt');
    writeFileSync(path, `x${CLEAR}\nd/dx${C1_CSI} = 1\n= x${BIDI}\n`);
    const result = await runFocal(['derive', path], { env });
    expect(result.code).toBe(2);
    expectEscaped(result, 'x\\x1b[2J', 'd/dx\\x9b31m', '\\u202e');
    writeFileSync(path, `let: a${BEL} = x\nx\n`);
    const named = await runFocal(['derive', path], { env });
    expect(named.code).toBe(2);
    expectEscaped(named, "let: 'a\\x07' is not a valid name");
  });

  it('focal check: an answer and a derivation step', async () => {
    const answer = await runFocal(['check', 'relatives-qfl-loss', `y${CLEAR}`], { env });
    expect(answer.code).toBe(2);
    expectEscaped(answer, '\\x1b[2J');
    const step = await runFocal(['check', 'gradients-derive-ce-positive', `d/dx = pt${BEL}`], { env });
    expect(step.code).toBe(2);
    expectEscaped(step, '\\x07');
  });

  it('line mode echoes the typed answer and its feedback escaped', async () => {
    const result = await runFocal(['drill', '--db', join(dir, 'drill.db'), '--question', 'gradients-derive-ce-positive'], {
      env,
      input: `d/dx = pt${BEL}${CLEAR}\n\n:quit\n`,
    });
    expect(result.code).toBe(0);
    expectEscaped(result, 'answer> d/dx = pt\\x07\\x1b[2J', 'syntax error in part "\\x07\\x1b[2J"');
  });
});
