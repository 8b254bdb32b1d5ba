import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { lockDataDir } from './data-dir-lock.ts';

const FAST = { beatMs: 20, staleAfterMs: 300 };
const freshDir = () => mkdtempSync(join(tmpdir(), 'motcua-lock-'));
const lockOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'motcua.lock'), 'utf8'));
const staleLock = (dir: string, beat: number) =>
  writeFileSync(join(dir, 'motcua.lock'), JSON.stringify({ token: 'dead', beat, pid: 1, host: 'elsewhere' }));

describe('the embedded database directory lease', () => {
  it('refuses a second holder with a clear message while the first beats, and frees the directory on release', async () => {
    const dir = freshDir();
    const release = lockDataDir(dir, { timing: FAST });
    const first = lockOf(dir);
    // Wait past the stale time: only the beats keep the lease (the old lock trusted a PID instead).
    await vi.waitFor(() => expect(Date.now() - first.beat).toBeGreaterThan(2 * FAST.staleAfterMs), { timeout: 5_000 });
    expect(lockOf(dir).token).toBe(first.token);
    expect(lockOf(dir).beat).toBeGreaterThan(first.beat);
    expect(() => lockDataDir(dir, { timing: FAST })).toThrow(/already in use by another motcua process \(pid \d+ on/);
    release();
    lockDataDir(dir, { timing: FAST })();
  });

  it('takes over only a lease silent for 30 s (the defaults), whatever pid it names', () => {
    const dir = freshDir();
    const now = 1_800_000_000_000;
    staleLock(dir, now - 29_000);
    expect(() => lockDataDir(dir, { now: () => now })).toThrow(/last heartbeat 29.0 s ago/);
    staleLock(dir, now - 30_000);
    const release = lockDataDir(dir, { now: () => now });
    expect(lockOf(dir)).toMatchObject({ pid: process.pid, beat: now });
    expect(lockOf(dir).token).toMatch(/^[0-9a-f]{32}$/);
    release();
  });

  it('takes over an old PID-only lock once its file is older than the silence', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'motcua.lock'), '999999');
    expect(() => lockDataDir(dir, { timing: FAST })).toThrow(/already in use/);
    lockDataDir(dir, { timing: FAST, now: () => Date.now() + FAST.staleAfterMs })();
  });

  it('fences: the holder stops at once when the lock is no longer its own', async () => {
    const dir = freshDir();
    const onLost = vi.fn();
    const release = lockDataDir(dir, { timing: FAST, onLost });
    staleLock(dir, Date.now()); // another process took the lease over (or an operator removed it)
    await vi.waitFor(() => expect(onLost).toHaveBeenCalledTimes(1), { timeout: 5_000 });
    expect(onLost.mock.calls[0]![0]).toMatch(/no longer ours \(now held by pid 1 on elsewhere\)/);
    expect(lockOf(dir).token).toBe('dead'); // it did not beat over the new holder
    release();
    expect(lockOf(dir).token).toBe('dead'); // nor remove its lock
  });

  it('two starters racing on a stale lock: exactly one wins', async () => {
    for (let round = 0; round < 3; round++) {
      const dir = freshDir();
      staleLock(dir, 0);
      const outcomes = await race(dir, 6);
      expect(outcomes.filter((o) => o === 'won')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'refused')).toHaveLength(5);
    }
  }, 120_000);
});

const racer = fileURLToPath(new URL('../test/lock-racer.ts', import.meta.url));

/** Starts `n` processes that all try to take the lock of `dir` at the same moment; answers what each got. */
async function race(dir: string, n: number): Promise<string[]> {
  const go = join(dir, 'go');
  const children = Array.from({ length: n }, () => {
    const child = spawn(process.execPath, ['--import', 'tsx', racer, dir, go], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    const ready = new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk;
        if (out.includes('ready')) resolve();
      }),
    );
    const done = new Promise<string>((resolve) => child.on('exit', () => resolve(out.replace('ready', '').trim())));
    return { ready, done };
  });
  await Promise.all(children.map((c) => c.ready));
  writeFileSync(go, '');
  return Promise.all(children.map((c) => c.done));
}
