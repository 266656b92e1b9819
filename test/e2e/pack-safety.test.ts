import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { privateHome, runFocal } from '../helpers/run-focal.js';

// Packs come from anyone: reading one must not hang, fill memory, leak files from outside
// the pack, crash on a YAML alias bomb or let pack text drive the terminal.

const { home, env } = privateHome('focal-pack-safety-');
const goodPack = fileURLToPath(new URL('../fixtures/packs/good', import.meta.url));

let packs = 0;
/** A copy of the good fixture pack, changed by `change`. */
function packWith(change: (dir: string) => void): string {
  const dir = join(home, `pack-${++packs}`);
  cpSync(goodPack, dir, { recursive: true });
  change(dir);
  return dir;
}

function replaceSnippet(dir: string, make: (file: string) => void): void {
  const file = join(dir, 'snippets', 'buggy.py');
  unlinkSync(file);
  make(file);
}

/** `questions validate` reports the problem (exit 1) and loading the pack is exit 2, both naming the file. */
async function expectRefused(dir: string, file: string, message: string | RegExp): Promise<void> {
  const validate = await runFocal(['questions', 'validate', dir], { env, timeoutMs: 15_000 });
  expect(validate.signal).toBeNull();
  expect(validate.code).toBe(1);
  expect(validate.stdout).toContain(file);
  expect(validate.stdout).toMatch(message);
  const list = await runFocal(['questions', 'list', '--pack', dir], { env, timeoutMs: 15_000 });
  expect(list.code).toBe(2);
  expect(list.stderr).toContain(file);
  expect(list.stderr).toMatch(message);
  expect(list.stderr).not.toMatch(/unexpected failure|at .*\.js:\d+/);
}

describe('pack files are read safely', () => {
  it('a snippet symlinked to /dev/zero is refused, not read', async () => {
    const dir = packWith((pack) => replaceSnippet(pack, (file) => symlinkSync('/dev/zero', file)));
    await expectRefused(dir, 'snippets/buggy.py', /is not a regular file \(a device\)/);
  });

  const mkfifo = spawnSync('mkfifo', ['--version']).status === 0;
  it.skipIf(!mkfifo)('a FIFO snippet is refused instead of hanging', async () => {
    const dir = packWith((pack) => replaceSnippet(pack, (file) => spawnSync('mkfifo', [file])));
    await expectRefused(dir, 'snippets/buggy.py', /is not a regular file \(a FIFO\)/);
  });

  it('a snippet symlink that resolves outside the pack is refused', async () => {
    const outside = join(home, 'secret.txt');
    writeFileSync(outside, 'root:x:0:0:secret\n');
    const dir = packWith((pack) => replaceSnippet(pack, (file) => symlinkSync(outside, file)));
    await expectRefused(dir, 'snippets/buggy.py', /resolves outside the pack folder/);
    const show = await runFocal(['questions', 'show', 'fx-code', '--pack', dir], { env });
    expect(show.stdout + show.stderr).not.toContain('secret');
  });

  it('a snippet over the size limit is refused', async () => {
    const dir = packWith((pack) => replaceSnippet(pack, (file) => writeFileSync(file, 'x = 1\n'.repeat(200_000))));
    await expectRefused(dir, 'snippets/buggy.py', /is too large \(1200000 bytes; the limit is 1048576\)/);
  });

  it('a YAML alias bomb is a problem in its file, not a crash', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const dir = packWith((pack) => writeFileSync(join(pack, 'bomb.yaml'), `${lines.join('\n')}\nquestions: []\n`));
    await expectRefused(dir, 'bomb.yaml', /YAML aliases expand too much/);
  });

  it.each(['constructor', 'toString', 'valueOf'])('a topic or parameter named %s is rejected', async (name) => {
    const dir = packWith((pack) => {
      const manifest = join(pack, 'pack.yaml');
      writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('  theory: {', `  ${name}: { en: x, zh: x }\n  theory: {`));
      const questions = join(pack, 'questions.yaml');
      writeFileSync(questions, readFileSync(questions, 'utf8').replace('      g: { values: [1, 2, 5] }', `      g: { values: [1, 2, 5] }\n      ${name}: { values: [1] }`));
    });
    const validate = await runFocal(['questions', 'validate', dir], { env });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(new RegExp(`pack\\.yaml:\\d+:\\d+ +- +topics\\.${name}: "${name}" is a reserved name`));
    expect(validate.stdout).toMatch(new RegExp(`questions\\.yaml:\\d+:\\d+ +fx-expression-param +params\\.${name}: "${name}" is a reserved name`));
  });

  it('a question whose topic is "constructor" is an unknown topic, not a prototype hit', async () => {
    const dir = packWith((pack) => {
      const questions = join(pack, 'questions.yaml');
      writeFileSync(questions, readFileSync(questions, 'utf8').replace('  - id: fx-single\n    topic: theory', '  - id: fx-single\n    topic: constructor'));
    });
    const validate = await runFocal(['questions', 'validate', dir], { env });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(/fx-single +topic: unknown topic/);
  });

  it('a __proto__ key is rejected with its place', async () => {
    const dir = packWith((pack) => {
      const manifest = join(pack, 'pack.yaml');
      writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('  theory: {', '  __proto__: { en: x, zh: x }\n  theory: {'));
    });
    await expectRefused(dir, 'pack.yaml', /pack\.yaml:\d+:\d+ +- +"__proto__" is a reserved name/);
  });

  it.each([
    ['invalid UTF-8', Buffer.concat([Buffer.from('questions:\n  - id: caf'), Buffer.from([0xe9]), Buffer.from('\n')]), /is not valid UTF-8 \(at line 2, byte offset 22\)/],
    ['a NUL byte', Buffer.from('questions: []\n\0\n'), /contains a NUL byte at offset 14/],
    ['UTF-16 with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('questions: []\n', 'utf16le')]), /is UTF-16 text; save it as UTF-8/],
    ['UTF-16 without one', Buffer.from('questions: []\n', 'utf16le'), /looks like UTF-16 text/],
  ])('a question file with %s is named as such', async (_, bytes, message) => {
    const dir = packWith((pack) => writeFileSync(join(pack, 'extra.yaml'), bytes));
    await expectRefused(dir, 'extra.yaml', message);
  });

  it('terminal control characters in pack text are shown escaped', async () => {
    const dir = packWith((pack) => {
      const questions = join(pack, 'questions.yaml');
      writeFileSync(
        questions,
        readFileSync(questions, 'utf8').replace('prompt: { en: What does γ = 0 give?,', 'prompt: { en: "What does γ = 0 give?\\e[2J\\e]0;pwned\\a",'),
      );
      writeFileSync(join(pack, 'snippets', 'buggy.py'), `${readFileSync(join(pack, 'snippets', 'buggy.py'), 'utf8')}# \u001b[31mred\n`);
    });
    const show = await runFocal(['questions', 'show', 'fx-single', '--pack', dir], { env });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('What does γ = 0 give?\\x1b[2J\\x1b]0;pwned\\x07');
    expect(show.stdout).not.toContain('\u001b');
    const code = await runFocal(['questions', 'show', 'fx-code', '--pack', dir], { env });
    expect(code.stdout).toContain('# \\x1b[31mred');
    expect(code.stdout).not.toContain('\u001b');
  });
});
