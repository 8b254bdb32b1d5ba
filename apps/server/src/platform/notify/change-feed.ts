import type { DatabaseHandle } from '../../db/database.ts';
import { DOSSIER_CHANNEL, DossierChange } from './dossier-notify.ts';

/** A subscriber hears at most one change per window: 800 transitions a day are not 800 redraws per screen. */
export const COALESCE_MS = 500;

export type ChangeFilter = { agencyId: string | null };

export type ChangeFeed = {
  /** LISTENs on the dossier channel; resolves once notifications flow. */
  start(): Promise<void>;
  /** `agencyId: null` hears every agency. Returns the unsubscribe function. */
  subscribe(filter: ChangeFilter, onChange: (change: DossierChange) => void): () => void;
  close(): Promise<void>;
};

/**
 * One LISTEN per process, fanned out in memory to the open dashboards of this process. Each
 * subscriber is throttled on its own: the first change is passed at once, later ones within the
 * window are folded into one trailing call carrying the latest change.
 */
export function createChangeFeed(listen: DatabaseHandle['listen']): ChangeFeed {
  /** Each subscriber's delivery, and how to drop its pending trailing call. */
  const subscribers = new Map<(change: DossierChange) => void, () => void>();
  let unlisten: (() => Promise<void>) | null = null;

  function receive(payload: string): void {
    const change = parseChange(payload);
    if (!change) return;
    for (const deliver of subscribers.keys()) deliver(change);
  }

  return {
    async start() {
      unlisten ??= await listen(DOSSIER_CHANNEL, receive);
    },
    subscribe(filter, onChange) {
      const throttled = throttle(onChange);
      const deliver = (change: DossierChange) => {
        if (filter.agencyId === null || filter.agencyId === change.agencyId) throttled.push(change);
      };
      subscribers.set(deliver, throttled.cancel);
      return () => {
        subscribers.delete(deliver);
        throttled.cancel();
      };
    },
    async close() {
      for (const cancel of subscribers.values()) cancel();
      subscribers.clear();
      const stop = unlisten;
      unlisten = null;
      await stop?.();
    },
  };
}

function parseChange(payload: string): DossierChange | null {
  try {
    const parsed = DossierChange.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Leading call, then at most one trailing call per window with the latest value. */
function throttle(call: (change: DossierChange) => void) {
  let timer: NodeJS.Timeout | undefined;
  let pending: DossierChange | null = null;
  const fire = (change: DossierChange) => {
    try {
      call(change);
    } catch (error) {
      console.error(
        `[motcua] change feed subscriber failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    timer = setTimeout(() => {
      timer = undefined;
      const next = pending;
      pending = null;
      if (next) fire(next);
    }, COALESCE_MS);
  };
  return {
    push(change: DossierChange) {
      if (timer) pending = change;
      else fire(change);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      pending = null;
    },
  };
}
