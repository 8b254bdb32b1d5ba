import type { SessionUser } from '../../platform/auth/session-user.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { ChangeFeed } from '../../platform/notify/change-feed.ts';
import type { DossierChange } from '../../platform/notify/dossier-notify.ts';

/** Who hears which dossier changes on the live dashboard (DESIGN §8). */
export function createDashboardStreamService(deps: { feed: ChangeFeed }) {
  return {
    /** A director hears every agency; an agency head only their own. Returns the unsubscribe function. */
    subscribe(user: SessionUser, onChange: (change: DossierChange) => void): () => void {
      const isDirector = user.roles.includes('director');
      if (!isDirector && user.agencyId === null) throw new AppError('auth.forbidden');
      return deps.feed.subscribe({ agencyId: isDirector ? null : user.agencyId }, onChange);
    },
  };
}
export type DashboardStreamService = ReturnType<typeof createDashboardStreamService>;
