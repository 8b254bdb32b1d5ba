import type { Officer, OfficerCredentials, ResetPasswordRequest } from '@motcua/core';
import type { Database, Executor } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { appendAudit } from '../audit/audit-repo.ts';
import { createAuthRepo } from '../auth/auth-repo.ts';
import { createOfficerRepo } from './officer-repo.ts';
import type { AdminActor, OfficerService } from './officer-service.ts';

type Deps = { db: Database; now: () => Date; officers: OfficerService };

/**
 * Whether an officer may sign in, and their password reset by the admin (DESIGN §13). Deactivation ends their
 * sessions and their counter session in the same transaction: the next request with an old cookie is refused.
 */
export function createOfficerStatusService(deps: Deps) {
  const { db, now, officers } = deps;

  /** In the caller's transaction (the import applies many rows in one). */
  async function setActive(tx: Executor, id: string, active: boolean, actor: AdminActor): Promise<Officer> {
    // Nobody could let a locked-out admin back in; another admin may deactivate them.
    if (!active && id === actor.id) throw new AppError('org.cannot_deactivate_self');
    const repo = createOfficerRepo(tx);
    const before = await officers.lockedOfficer(tx, id);
    if (before.active === active) return before;
    const at = now();
    await repo.update(id, { disabled: !active });
    if (!active) {
      await createAuthRepo(tx).deleteSessions(id);
      await repo.endCounterSessions(id, at);
    }
    const after = await officers.lockedOfficer(tx, id);
    const action = active ? 'reactivated' : 'deactivated';
    await appendAudit(tx, { at, userId: actor.id, entity: 'officer', entityId: id, action, before, after });
    return after;
  }

  return {
    setActive,
    deactivate: (id: string, actor: AdminActor) => db.transaction((tx) => setActive(tx, id, false, actor)),
    reactivate: (id: string, actor: AdminActor) => db.transaction((tx) => setActive(tx, id, true, actor)),

    /** A new temporary password or link; the old password stops working and the officer's sessions end. */
    async resetPassword(id: string, input: ResetPasswordRequest, actor: AdminActor): Promise<OfficerCredentials> {
      return db.transaction(async (tx) => {
        const before = await officers.lockedOfficer(tx, id);
        const at = now();
        const temporaryPassword = await officers.credentials(tx, before, input.delivery, at);
        await createAuthRepo(tx).deleteSessions(id);
        const after = await officers.lockedOfficer(tx, id);
        await appendAudit(tx, {
          ...{ at, userId: actor.id, entity: 'officer', entityId: id, action: 'password_reset' },
          before,
          after: { ...after, delivery: input.delivery },
        });
        return { id, username: before.username, temporaryPassword };
      });
    },
  };
}
export type OfficerStatusService = ReturnType<typeof createOfficerStatusService>;
