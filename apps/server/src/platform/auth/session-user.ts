import type { Actor, Me } from '@motcua/core';

/** The signed-in user as the server knows it: what `Me` shows plus the ids that scope queries. */
export type SessionUser = Me & { agencyId: string | null; centerId: string };

/** The user as the core's rules see them (roles and agency; no names). */
export const actorOf = (user: SessionUser): Actor => ({ id: user.id, roles: user.roles, agencyId: user.agencyId });
