import { describe, expect, it } from 'vitest';
import { decideLock, parseLockFile, type LockFile } from './lock-lease.ts';

const NOW = 1_800_000_000_000;
const STALE = 30_000;
const beatAgo = (ms: number): LockFile => ({ token: 'a1', beat: NOW - ms, pid: 7, host: 'h' });

describe('decideLock: a lease is taken over only after a silence (issue 15 item 2)', () => {
  it.each([
    ['no lock file', null, 'free'],
    ['a beat just now', beatAgo(0), 'held'],
    ['a beat 2 s ago (the holder beats every 2 s)', beatAgo(2_000), 'held'],
    ['29.999 s of silence', beatAgo(29_999), 'held'],
    ['exactly 30 s of silence', beatAgo(30_000), 'stale'],
    ['an hour of silence (the holder died)', beatAgo(3_600_000), 'stale'],
    ['a beat from the future (clocks disagree): never a take-over', beatAgo(-60_000), 'held'],
  ])('%s → %s', (_case, file, kind) => {
    expect(decideLock({ file, now: NOW, staleAfterMs: STALE }).kind).toBe(kind);
  });

  it('says how long the holder has been silent', () => {
    expect(decideLock({ file: beatAgo(4_500), now: NOW, staleAfterMs: STALE })).toEqual({
      kind: 'held',
      holder: beatAgo(4_500),
      silentForMs: 4_500,
    });
  });
});

describe('parseLockFile', () => {
  it('reads a lease', () => {
    expect(parseLockFile(JSON.stringify(beatAgo(10)), 0)).toEqual(beatAgo(10));
  });

  it.each([['12345'], [''], ['{"token":'], ['{"beat":1}']])(
    'dates a lock it cannot read (%j: an old PID lock, a torn file) from its mtime',
    (text) => {
      const file = parseLockFile(text, NOW - 5);
      expect(file.beat).toBe(NOW - 5);
      expect(decideLock({ file, now: NOW, staleAfterMs: STALE }).kind).toBe('held');
    },
  );
});
