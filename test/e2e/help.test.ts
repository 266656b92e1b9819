import { describe, expect, it } from 'vitest';
import { runFocal } from '../helpers/run-focal.js';

describe('focal --help / --version', () => {
  it('prints help with examples and exits 0', async () => {
    const result = await runFocal(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('focal eval <expr>');
    expect(result.stdout).toContain('Examples:');
  });

  it('prints the package version', async () => {
    const result = await runFocal(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('rejects an unknown option with exit 2 and one clear line', async () => {
    const result = await runFocal(['eval', '1', '--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown argument: frobnicate');
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('option descriptions', () => {
  it('describes --mode and --format, never glued to their type', async () => {
    const drill = await runFocal(['drill', '--help']);
    expect(drill.stdout).toMatch(/--mode\s+mixed: due, weak and new together/);
    expect(drill.stdout).not.toMatch(/--mode\[/);
    const exportHelp = await runFocal(['export', '--help']);
    expect(exportHelp.stdout).toMatch(/--format\s+json: every attempt/);
  });

  it('keeps the drill examples out of focal --help', async () => {
    const top = await runFocal(['--help']);
    expect(top.stdout).not.toContain('focal drill --mode due');
    expect(top.stdout).toMatch(/Without a command, `focal` is\s+`focal drill`/);
  });
});
