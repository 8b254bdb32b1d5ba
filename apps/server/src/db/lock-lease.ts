import { z } from 'zod';

/**
 * The embedded database's lock is a lease, not a PID (issue 15 item 2): a PID means nothing in another PID
 * namespace (a container, a rolling update on one volume), so the holder proves it lives by beating —
 * rewriting its random token and the time into the lock file — and a lease is only taken over after a silence.
 */
export const LockFile = z.object({
  token: z.string().min(1),
  /** When the holder last beat, in ms since the epoch. */
  beat: z.number(),
  /** For people reading the message only: it is meaningless across PID namespaces and hosts. */
  pid: z.number().optional(),
  host: z.string().optional(),
});
export type LockFile = z.infer<typeof LockFile>;

export type LeaseTiming = {
  /** How often the holder beats (and checks it still holds the lease). */
  beatMs: number;
  /** How long a lease may be silent before another process takes it over; many beats, so a slow disk or a busy loop is no take-over. */
  staleAfterMs: number;
};
export const DEFAULT_LEASE: LeaseTiming = { beatMs: 2_000, staleAfterMs: 30_000 };

export type LockDecision =
  | { kind: 'free' }
  | { kind: 'held'; holder: LockFile; silentForMs: number }
  | { kind: 'stale'; holder: LockFile; silentForMs: number };

/**
 * What a starter may do with the lock file it found (`null`: none). A beat from the future (clocks of two
 * containers disagree) counts as fresh: taking over a live holder is the one outcome that loses data.
 */
export function decideLock(input: { file: LockFile | null; now: number; staleAfterMs: number }): LockDecision {
  const { file, now, staleAfterMs } = input;
  if (!file) return { kind: 'free' };
  const silentForMs = Math.max(0, now - file.beat);
  return silentForMs < staleAfterMs
    ? { kind: 'held', holder: file, silentForMs }
    : { kind: 'stale', holder: file, silentForMs };
}

/** Reads a lock file's text; one that is not ours to parse (an old PID-only lock, a torn write) dates from its mtime. */
export function parseLockFile(text: string, mtimeMs: number): LockFile {
  try {
    const parsed = LockFile.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: falls through
  }
  return { token: `unreadable:${text.slice(0, 40)}`, beat: mtimeMs };
}
