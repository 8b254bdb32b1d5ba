import {
  activeUntil,
  decideCancel,
  decideDelegation,
  delegateAt,
  delegationStatus,
  isoOf,
  workersFor,
  type CreateDelegationRequest,
  type DelegationList,
  type DelegationListQuery,
  type DelegationView,
  type OfficerList,
  type OfficerQuery,
} from '@motcua/core';
import type { Database, Executor, Transaction } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { requestHash, runOnce, type CommandAnswer } from '../../platform/http/idempotency.ts';
import { type SessionUser, centerOf } from '../../platform/auth/session-user.ts';
import { createDelegationRepo, type StoredDelegation } from './delegation-repo.ts';

type Deps = { db: Database; now: () => Date };

const viewOf = (d: StoredDelegation, now: Date): DelegationView => ({
  id: d.period.id,
  from: d.from,
  to: d.to,
  startsAt: isoOf(d.period.startsAt),
  endsAt: isoOf(d.period.endsAt),
  reason: d.reason,
  status: delegationStatus(d.period, now.getTime()),
  createdBy: d.createdBy,
  createdAt: isoOf(d.createdAt.getTime()),
  cancelledAt: isoOf(d.period.cancelledAt),
  cancelledBy: d.cancelledBy,
});

const byName = new Intl.Collator('vi');

/** The agency head's delegations of absent officers' work (DESIGN §1), and the officer picker. */
export function createDelegationService(deps: Deps) {
  const { db, now } = deps;
  const reader = createDelegationRepo(db);

  /** One transaction; the agency's row is locked first, so two delegations of one agency never pass the rules side by side. */
  const create =
    (user: SessionUser & { agencyId: string }, request: CreateDelegationRequest, at: Date) =>
    async (tx: Transaction): Promise<CommandAnswer<DelegationView>> => {
      const repo = createDelegationRepo(tx);
      await repo.lockAgency(user.agencyId);
      const officers = await repo.findOfficers([request.fromUserId, request.toUserId]);
      const period = { startsAt: request.startsAt, endsAt: request.endsAt };
      const existing =
        period.endsAt > period.startsAt
          ? await repo.touching(user.agencyId, new Date(period.startsAt), new Date(period.endsAt))
          : [];
      const from = officers.get(request.fromUserId) ?? null;
      const to = officers.get(request.toUserId) ?? null;
      const decision = decideDelegation({ agencyId: user.agencyId, from, to, period, existing, now: at.getTime() });
      if (!decision.ok)
        throw new AppError(decision.code, {
          detail: decision.detail,
          errors: [{ path: decision.field, message: decision.code }],
        });
      const id = await repo.insert({
        centerId: centerOf(user),
        agencyId: user.agencyId,
        fromUserId: request.fromUserId,
        toUserId: request.toUserId,
        startsAt: new Date(period.startsAt),
        endsAt: new Date(period.endsAt),
        reason: request.reason,
        createdBy: user.id,
        createdAt: at,
      });
      return { status: 201, body: viewOf((await repo.findById(id))!, at) };
    };

  return {
    /** The caller's agency's active officers by name, each with whether they are delegated away now and to whom. */
    async officers(user: SessionUser, query: OfficerQuery): Promise<OfficerList> {
      if (!user.agencyId) return { items: [] };
      const at = now();
      const rows = await reader.officers(user.agencyId, query.role);
      const active = await reader.activeAt(at, { agencyId: user.agencyId });
      const items = rows.map((o) => {
        const away = active.find((d) => d.fromUserId === o.id);
        return {
          ...o,
          absentUntil: away ? isoOf(activeUntil(away)) : null,
          delegateId: away ? delegateAt(active, o.id, at.getTime()) : null,
        };
      });
      return {
        items: items.sort((a, b) => byName.compare(a.fullName, b.fullName) || a.username.localeCompare(b.username)),
      };
    },

    async list(user: SessionUser, query: DelegationListQuery): Promise<DelegationList> {
      if (!user.agencyId) return { items: [], total: 0 };
      const { rows, total } = await reader.page(user.agencyId, query.page, query.pageSize);
      const at = now();
      return { items: rows.map((d) => viewOf(d, at)), total };
    },

    /** With an Idempotency-Key, a repeat returns the first answer; without one, a repeat is refused as overlapping. */
    async create(
      user: SessionUser,
      request: CreateDelegationRequest,
      key: string | null,
    ): Promise<CommandAnswer<DelegationView>> {
      const { agencyId } = user;
      if (!agencyId) throw new AppError('auth.forbidden');
      const at = now();
      const command = create({ ...user, agencyId }, request, at);
      return key
        ? runOnce(db, { userId: user.id, key, hash: requestHash(['delegate', request]), at }, command)
        : db.transaction(command);
    },

    async cancel(user: SessionUser, id: string): Promise<DelegationView> {
      return db.transaction(async (tx) => {
        const repo = createDelegationRepo(tx);
        await repo.lockById(id);
        const found = await repo.findById(id);
        if (!found || found.agencyId !== user.agencyId) throw new AppError('delegation.not_found');
        const at = now();
        const decision = decideCancel(found.period, at.getTime());
        if (!decision.ok) throw new AppError(decision.code);
        await repo.cancel(id, at, user.id);
        return viewOf((await repo.findById(id))!, at);
      });
    },
  };
}
export type DelegationService = ReturnType<typeof createDelegationService>;

/**
 * The absent officers whose work `userId` carries at `at` (chains followed): the inbox's "mine" shows
 * their dossiers too. Inside a transaction, pass its `tx` (PGlite has one connection).
 */
export async function delegatedWorkers(db: Executor, userId: string, at: Date): Promise<string[]> {
  return workersFor(await createDelegationRepo(db).activeAt(at, { userId }), userId, at.getTime());
}
