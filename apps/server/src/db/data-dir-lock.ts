import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_LEASE,
  decideLock,
  parseLockFile,
  type LeaseTiming,
  type LockDecision,
  type LockFile,
} from './lock-lease.ts';

export type LockOptions = {
  timing?: LeaseTiming;
  /** Called once when the lease is found to be someone else's (fencing); by default the process exits at once. */
  onLost?: (message: string) => void;
  now?: () => number;
};

/**
 * PGlite has no lock of its own on its data directory (DESIGN §12): two processes would corrupt it. We hold a
 * lease (lock-lease.ts): a random token beaten into `motcua.lock`; a lease silent for `staleAfterMs` is taken over,
 * atomically, by exactly one starter. Answers the release.
 */
export function lockDataDir(dir: string, options: LockOptions = {}): () => void {
  const timing = options.timing ?? DEFAULT_LEASE;
  const now = options.now ?? Date.now;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'motcua.lock');
  const token = randomBytes(16).toString('hex');
  const mine = (): LockFile => ({ token, beat: now(), pid: process.pid, host: hostname() });
  // A lost race reads the winner's fresh lease on a later turn and refuses with the message below. The winner may
  // still be between its marker and its write (a loaded machine): wait a little and read again, for up to ~2 s.
  for (let attempt = 0; attempt < 100; attempt++) {
    const decision = decideLock({ file: readLock(path), now: now(), staleAfterMs: timing.staleAfterMs });
    if (decision.kind === 'held') throw new Error(heldMessage(dir, decision, timing));
    const won =
      decision.kind === 'free'
        ? createLock(path, mine())
        : takeOver(path, decision.holder, mine(), timing.staleAfterMs);
    if (won) return holdLease(path, token, mine, timing, options.onLost ?? exitAtOnce);
    sleepSync(20);
  }
  throw new Error(`Could not lock ${dir}: other processes keep starting on it.`);
}

/** Beats, and fences: on every beat the lock is read back first, and a lease that is no longer ours stops us. */
function holdLease(
  path: string,
  token: string,
  mine: () => LockFile,
  timing: LeaseTiming,
  onLost: (message: string) => void,
): () => void {
  const timer = setInterval(() => {
    let holder: LockFile | null = null;
    try {
      holder = readLock(path);
      if (holder?.token === token) return writeAtomically(path, mine());
    } catch {
      // an unreadable lock is no proof we still hold it: fence
    }
    clearInterval(timer);
    const who = holder ? `pid ${holder.pid ?? '?'} on ${holder.host ?? '?'}` : 'nobody';
    onLost(`the lock ${path} is no longer ours (now held by ${who}): stopping at once to keep the database whole`);
  }, timing.beatMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    if (readLock(path)?.token === token) rmSync(path, { force: true });
  };
}

/** A first lock appears whole or not at all: written aside, then linked into place (link fails when one exists). */
function createLock(path: string, content: LockFile): boolean {
  const temp = `${path}.${content.token}.new`;
  writeFileSync(temp, JSON.stringify(content));
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Takes over the stale lease `seen`. Starters racing on it first create a marker named after it (O_EXCL: one
 * wins), then the winner checks the lease is still `seen` and replaces it. A marker outlives its maker only if
 * that one died in between: after a silence it is cleared so the next start can try again.
 */
function takeOver(path: string, seen: LockFile, content: LockFile, staleAfterMs: number): boolean {
  const marker = `${path}.takeover-${createHash('sha256').update(`${seen.token}|${seen.beat}`).digest('hex').slice(0, 16)}`;
  try {
    closeSync(openSync(marker, 'wx'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const age = content.beat - (statSync(marker, { throwIfNoEntry: false })?.mtimeMs ?? content.beat);
    if (age > staleAfterMs) rmSync(marker, { force: true });
    return false;
  }
  try {
    const current = readLock(path);
    if (current?.token !== seen.token || current.beat !== seen.beat) return false;
    writeAtomically(path, content);
    return true;
  } finally {
    rmSync(marker, { force: true });
  }
}

/** The lock is taken before the server serves anything, synchronously: a short blocking wait is fine here. */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function writeAtomically(path: string, content: LockFile): void {
  const temp = `${path}.${content.token}.beat`;
  writeFileSync(temp, JSON.stringify(content));
  renameSync(temp, path);
}

function readLock(path: string): LockFile | null {
  try {
    const text = readFileSync(path, 'utf8');
    return parseLockFile(text, statSync(path).mtimeMs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function heldMessage(dir: string, decision: Extract<LockDecision, { kind: 'held' }>, timing: LeaseTiming): string {
  const { holder, silentForMs } = decision;
  return (
    `The database in ${dir} is already in use by another motcua process ` +
    `(pid ${holder.pid ?? '?'} on ${holder.host ?? '?'}, last heartbeat ${(silentForMs / 1000).toFixed(1)} s ago; ` +
    `a lock silent for ${timing.staleAfterMs / 1000} s is taken over). ` +
    `Stop it first, or set MOTCUA_DATA_DIR to another directory.`
  );
}

function exitAtOnce(message: string): never {
  console.error(`[motcua] fatal: ${message}`);
  process.exit(1);
}
