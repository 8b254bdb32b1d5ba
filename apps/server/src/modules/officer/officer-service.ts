import type {
  CreateOfficerRequest,
  Officer,
  OfficerCredentials,
  OfficerListQuery,
  PasswordDelivery,
  UpdateOfficerRequest,
} from '@motcua/core';
import type { Database, Executor } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { appendAudit } from '../audit/audit-repo.ts';
import { createCenterRepo } from '../center/center-repo.ts';
import { issueCredentials } from './officer-credentials.ts';
import { placeOfficer } from './officer-placement.ts';
import { createOfficerRepo } from './officer-repo.ts';

type Deps = { db: Database; now: () => Date; publicUrl: () => string };
export type AdminActor = { id: string };

/**
 * Officers as the admin makes and edits them (issue 16, DESIGN §13). Each change and its audit row (before/after,
 * never a password or a hash) commit in one transaction. Roles are read from the table at each request, so an edit
 * applies at the officer's next request.
 */
export function createOfficerService(deps: Deps) {
  const { db, now } = deps;
  const repo = createOfficerRepo(db);

  async function get(tx: Executor, id: string, lock = false): Promise<Officer> {
    const officer = await (lock ? createOfficerRepo(tx).lock(id) : createOfficerRepo(tx).find(id));
    if (!officer) throw new AppError('user.not_found');
    return officer;
  }

  /** Where the password mail is sent from: the officer's center, else the province's. */
  async function mailContext(tx: Executor, centerCode: string | null, at: Date) {
    const province = createCenterRepo(tx);
    const own = centerCode ? await createOfficerRepo(tx).findCenter(centerCode) : undefined;
    return {
      at,
      mailCenterId: own?.id ?? (await province.provinceCenterId()),
      centerName: await province.provinceCenterName(),
      publicUrl: deps.publicUrl(),
    };
  }

  async function credentials(tx: Executor, officer: Officer, delivery: PasswordDelivery, at: Date) {
    const ctx = await mailContext(tx, officer.center?.code ?? null, at);
    return issueCredentials(tx, officer, delivery, ctx);
  }

  return {
    list: (query: OfficerListQuery) => repo.list(query),
    get: (id: string) => get(db, id),
    credentials,
    lockedOfficer: (tx: Executor, id: string) => get(tx, id, true),

    /** Creates in the caller's transaction (the import applies many rows in one). */
    async createIn(tx: Executor, input: CreateOfficerRequest, actor: AdminActor): Promise<OfficerCredentials> {
      if (input.delivery === 'email' && !input.email) throw new AppError('org.email_required');
      const officers = createOfficerRepo(tx);
      if (await officers.findIdByUsername(input.username))
        throw new AppError('org.username_taken', { errors: [{ path: 'username', message: 'org.username_taken' }] });
      const place = await placeOfficer(officers, {
        roles: input.roles,
        center: input.center ?? null,
        agency: input.agency ?? null,
      });
      const at = now();
      const { username, fullName, roles } = input;
      const id = await officers.insert({
        ...{ username, fullName, roles, email: input.email ?? null, ...place },
        passwordHash: '!',
        mustChangePassword: true,
        createdAt: at,
      });
      const temporaryPassword = await credentials(tx, await get(tx, id), input.delivery, at);
      const after = await get(tx, id);
      await appendAudit(tx, {
        at,
        userId: actor.id,
        entity: 'officer',
        entityId: id,
        action: 'created',
        before: null,
        after,
      });
      return { id, username, temporaryPassword };
    },

    create(input: CreateOfficerRequest, actor: AdminActor): Promise<OfficerCredentials> {
      return db.transaction((tx) => this.createIn(tx, input, actor));
    },

    async updateIn(tx: Executor, id: string, input: UpdateOfficerRequest, actor: AdminActor): Promise<Officer> {
      const officers = createOfficerRepo(tx);
      const before = await get(tx, id, true);
      const roles = input.roles ?? before.roles;
      // Another admin may take the role away; nobody could give it back to an admin who dropped it themselves.
      if (id === actor.id && before.roles.includes('admin') && !roles.includes('admin'))
        throw new AppError('org.cannot_remove_own_admin');
      const center = input.center === undefined ? (before.center?.code ?? null) : input.center;
      const agency = input.agency === undefined ? (before.agency?.slug ?? null) : input.agency;
      const place = await placeOfficer(officers, { roles, center, agency }, { agency: before.agency?.slug ?? null });
      await officers.update(id, {
        ...(input.fullName !== undefined && { fullName: input.fullName }),
        ...(input.email !== undefined && { email: input.email }),
        roles,
        ...place,
      });
      const after = await get(tx, id);
      await appendAudit(tx, {
        at: now(),
        userId: actor.id,
        entity: 'officer',
        entityId: id,
        action: 'updated',
        before,
        after,
      });
      return after;
    },

    update(id: string, input: UpdateOfficerRequest, actor: AdminActor): Promise<Officer> {
      return db.transaction((tx) => this.updateIn(tx, id, input, actor));
    },
  };
}
export type OfficerService = ReturnType<typeof createOfficerService>;
