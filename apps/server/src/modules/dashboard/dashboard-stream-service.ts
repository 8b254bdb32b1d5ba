import type { SessionUser } from '../../platform/auth/session-user.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { ChangeFeed } from '../../platform/notify/change-feed.ts';
import type { DossierChange } from '../../platform/notify/dossier-notify.ts';

/**
 * Open dashboard streams one user may hold (issue 15 item 12): a leader's few tabs and screens, not a loop that
 * would pin a connection and a listener each. Counted per process: behind several processes the cap is per process.
 */
export const MAX_STREAMS_PER_USER = 4;
/** A closed tab is noticed at the next heartbeat (25 s), so its place is free within about this many seconds. */
export const STREAM_RETRY_AFTER_S = 30;

/** Who hears which dossier changes on the live dashboard (DESIGN §8). */
export function createDashboardStreamService(deps: { feed: ChangeFeed }) {
  const openByUser = new Map<string, number>();
  return {
    /** A director hears every agency; an agency head only their own. Returns the unsubscribe function. */
    subscribe(user: SessionUser, onChange: (change: DossierChange) => void): () => void {
      const isDirector = user.roles.includes('director');
      if (!isDirector && user.agencyId === null) throw new AppError('auth.forbidden');
      const open = openByUser.get(user.id) ?? 0;
      if (open >= MAX_STREAMS_PER_USER)
        throw new AppError('dashboard.too_many_streams', { headers: { 'retry-after': String(STREAM_RETRY_AFTER_S) } });
      openByUser.set(user.id, open + 1);
      const stop = deps.feed.subscribe({ agencyId: isDirector ? null : user.agencyId }, onChange);
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        stop();
        const left = (openByUser.get(user.id) ?? 1) - 1;
        if (left > 0) openByUser.set(user.id, left);
        else openByUser.delete(user.id);
      };
    },
  };
}
export type DashboardStreamService = ReturnType<typeof createDashboardStreamService>;
