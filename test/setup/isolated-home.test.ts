import { execFileSync } from 'node:child_process';
import { homedir, tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';

describe('the test set-up', () => {
  it('points home and the XDG folders at a temporary folder', () => {
    expect(homedir().startsWith(tmpdir())).toBe(true);
    for (const name of ['XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_CONFIG_HOME']) {
      expect(process.env[name]?.startsWith(homedir())).toBe(true);
    }
    expect(process.env.FOCAL_DB).toBeUndefined();
  });

  it('hands the private home to spawned processes', () => {
    const childHome = execFileSync(process.execPath, ['-e', 'process.stdout.write(require("os").homedir())'], {
      encoding: 'utf8',
    });
    expect(childHome).toBe(homedir());
  });
});
