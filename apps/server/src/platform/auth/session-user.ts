import type { Actor, Me } from '@motcua/core';
import { AppError } from '../errors/app-error.ts';

/** The signed-in user as the server knows it: what `Me` shows plus the ids that scope queries. */
/** `centerId` is null only above the centers: a new province's first admin, a director without a center. */
export type SessionUser = Me & { agencyId: string | null; centerId: string | null };

/**
 * The user as the core's rules see them (roles, agency, no names). An officer without an agency works for their
 * center as a whole — at a branch, its counter (DESIGN §13; officer placement allows no agency only there).
 */
export const actorOf = (user: SessionUser): Actor => ({
  id: user.id,
  roles: user.roles,
  agencyId: user.agencyId,
  // Officers only: a director, center_director or admin has no agency either, and must not read unmasked (§14).
  branchId: user.agencyId === null && user.roles.some((r) => BRANCH_ROLES.has(r)) ? user.centerId : null,
});
const BRANCH_ROLES: ReadonlySet<string> = new Set(['counter', 'appraiser', 'approver', 'agency_head']);

/**
 * The center of an officer's work (counters, uploads, receptions): someone above the centers has none, and may
 * not do a center's work (403, the answer to any role that may not act).
 */
export function centerOf(user: SessionUser): string {
  if (!user.centerId) throw new AppError('auth.forbidden');
  return user.centerId;
}
