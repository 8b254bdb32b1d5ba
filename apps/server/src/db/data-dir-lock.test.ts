import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.ts';

describe('the embedded database directory lock', () => {
  it('refuses a second holder with a clear message, and frees the directory on release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-lock-'));
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'motcua.lock'), 'utf8')).toBe(String(process.pid));
    // Another live process holds it: pid 1 always exists.
    writeFileSync(join(dir, 'motcua.lock'), '1');
    expect(() => lockDataDir(dir)).toThrow(/already in use by another motcua process \(pid 1\)/);
    release();
    const again = lockDataDir(dir);
    again();
  });

  it('takes over a lock left by a process that has died', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-lock-'));
    writeFileSync(join(dir, 'motcua.lock'), '999999999');
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'motcua.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
