import type { DatabaseHandle } from '../../db/database.ts';

/** The NOTIFY channel on which the tables of rules announce every change (triggers of migration 0017). */
export const RULES_CHANNEL = 'motcua_rules';

/** However quiet the channel, a cached rule is read again after this long (a silently dead connection hears nothing). */
export const RULES_MAX_AGE_MS = 30_000;

/**
 * Tells a cache of rules (procedure versions, the working calendar) whether what it holds may still be
 * used. DESIGN §3 allows no in-memory state that matters: a cache is only a shortcut taken while the
 * database says nothing changed. Every write to a table of rules, by any process or by hand, NOTIFYs
 * (statement triggers); each notification moves the generation on, and so does each gap of the listener
 * (notifications may have been lost). While the listener is away nothing is trusted (`generation()` is
 * null), and no entry is older than RULES_MAX_AGE_MS.
 */
export type RulesWatch = {
  /** The generation now, or null while changes cannot be heard (read the database every time). */
  generation(): number | null;
  /** A change this process just committed: seen at once here, before its notification comes back. */
  changed(): void;
  close(): Promise<void>;
};

export async function startRulesWatch(listen: DatabaseHandle['listen']): Promise<RulesWatch> {
  let generation = 0;
  let listening = true;
  const unlisten = await listen(
    RULES_CHANNEL,
    () => generation++,
    (up) => {
      listening = up;
      generation++;
    },
  );
  return {
    generation: () => (listening ? generation : null),
    changed: () => void generation++,
    close: unlisten,
  };
}

/**
 * Values read from the tables of rules, one per key, each kept while the watch's generation has not
 * moved since it was read and for at most RULES_MAX_AGE_MS. Without a watch (or while it is deaf) every
 * call reads. Callers share the cached values: never change one.
 */
export function createRulesCache<V>(watch: RulesWatch | undefined, maxEntries = 5_000) {
  const entries = new Map<string, { value: V; generation: number; at: number }>();
  return async (key: string, read: () => Promise<V>): Promise<V> => {
    // The generation is taken before reading: a change that lands meanwhile leaves the entry stale, never trusted.
    const generation = watch?.generation() ?? null;
    const at = performance.now(); // an entry's age, on the monotonic clock (not the app's `now`, fixed in tests)
    const hit = entries.get(key);
    if (hit && generation !== null && hit.generation === generation && at - hit.at < RULES_MAX_AGE_MS) return hit.value;
    const value = await read();
    if (generation === null) return value;
    if (entries.size >= maxEntries) entries.clear();
    entries.set(key, { value, generation, at });
    return value;
  };
}

/** Runs a command that changes rules (its own transaction) and, once it committed, tells the watch. */
export async function changingRules<T>(rules: RulesWatch | undefined, command: () => Promise<T>): Promise<T> {
  const done = await command();
  rules?.changed();
  return done;
}
