import type { DelegationOfficer, DelegationPeriod, Role } from '@motcua/core';
import { and, arrayContains, asc, count, desc, eq, gt, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/database.ts';
import { agency, appUser, delegation } from '../../db/schema/index.ts';

type Person = { id: string; fullName: string };
/** A stored delegation: the rules' view of it, its agency, and the people it names. */
export type StoredDelegation = {
  period: DelegationPeriod;
  agencyId: string;
  reason: string;
  from: Person;
  to: Person;
  createdBy: Person;
  createdAt: Date;
  cancelledBy: Person | null;
};
export type OfficerRow = Person & { username: string; roles: Role[] };

const fromUser = alias(appUser, 'from_user');
const toUser = alias(appUser, 'to_user');
const creator = alias(appUser, 'creator');
const canceller = alias(appUser, 'canceller');

const periodColumns = {
  id: delegation.id,
  fromUserId: delegation.fromUserId,
  toUserId: delegation.toUserId,
  startsAt: delegation.startsAt,
  endsAt: delegation.endsAt,
  cancelledAt: delegation.cancelledAt,
};
const periodOf = (r: {
  id: string;
  fromUserId: string;
  toUserId: string;
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
}): DelegationPeriod => ({
  ...r,
  startsAt: r.startsAt.getTime(),
  endsAt: r.endsAt.getTime(),
  cancelledAt: r.cancelledAt?.getTime() ?? null,
});
/** Delegations of the agency covering some instant of [from, to) (a cancellation ends one early). */
const touching = (agencyId: string, from: Date, to: Date): SQL =>
  and(
    eq(delegation.agencyId, agencyId),
    lt(delegation.startsAt, to),
    gt(delegation.endsAt, from),
    or(isNull(delegation.cancelledAt), gt(delegation.cancelledAt, from)),
  )!;

/** Delegations and the agency's officers they name: the only file of the module that speaks SQL. */
export function createDelegationRepo(db: Executor) {
  const select = () =>
    db
      .select({
        ...periodColumns,
        agencyId: delegation.agencyId,
        reason: delegation.reason,
        createdAt: delegation.createdAt,
        from: { id: fromUser.id, fullName: fromUser.fullName },
        to: { id: toUser.id, fullName: toUser.fullName },
        createdBy: { id: creator.id, fullName: creator.fullName },
        cancelledBy: { id: canceller.id, fullName: canceller.fullName },
      })
      .from(delegation)
      .innerJoin(fromUser, eq(fromUser.id, delegation.fromUserId))
      .innerJoin(toUser, eq(toUser.id, delegation.toUserId))
      .innerJoin(creator, eq(creator.id, delegation.createdBy))
      .leftJoin(canceller, eq(canceller.id, delegation.cancelledBy));
  const storedOf = (r: Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number]): StoredDelegation => ({
    period: periodOf(r),
    agencyId: r.agencyId,
    reason: r.reason,
    from: r.from,
    to: r.to,
    createdBy: r.createdBy,
    createdAt: r.createdAt,
    cancelledBy: r.cancelledBy,
  });

  const periodsTouching = async (agencyId: string, from: Date, to: Date): Promise<DelegationPeriod[]> =>
    (
      await db
        .select(periodColumns)
        .from(delegation)
        .where(touching(agencyId, from, to))
    ).map(periodOf);

  return {
    /** The agency's active accounts, with a role if asked for. */
    async officers(agencyId: string, role?: Role): Promise<OfficerRow[]> {
      const where = [
        eq(appUser.agencyId, agencyId),
        eq(appUser.disabled, false),
        role && arrayContains(appUser.roles, [role]),
      ];
      const rows = await db
        .select({ id: appUser.id, fullName: appUser.fullName, username: appUser.username, roles: appUser.roles })
        .from(appUser)
        .where(and(...where));
      return rows.map((r) => ({ ...r, roles: r.roles as Role[] }));
    },

    /** The named users as the rules see them; a missing id is absent from the map. */
    async findOfficers(ids: string[]): Promise<Map<string, DelegationOfficer>> {
      const rows = await db
        .select({ id: appUser.id, agencyId: appUser.agencyId, roles: appUser.roles, disabled: appUser.disabled })
        .from(appUser)
        .where(inArray(appUser.id, ids));
      return new Map(rows.map((r) => [r.id, { ...r, roles: r.roles as Role[] }]));
    },

    /** The agency's row, locked until the transaction ends: its delegations are created one at a time. */
    async lockAgency(agencyId: string): Promise<void> {
      await db.select({ id: agency.id }).from(agency).where(eq(agency.id, agencyId)).for('no key update');
    },

    touching: periodsTouching,

    /** The agency's delegations in force at `at` (of the agency of `userId` when no agency is given). */
    async activeAt(at: Date, scope: { agencyId: string } | { userId: string }): Promise<DelegationPeriod[]> {
      const agencyId =
        'agencyId' in scope
          ? scope.agencyId
          : (await db.select({ agencyId: appUser.agencyId }).from(appUser).where(eq(appUser.id, scope.userId)))[0]
              ?.agencyId;
      if (!agencyId) return [];
      return periodsTouching(agencyId, at, new Date(at.getTime() + 1));
    },

    /** The agency's delegations, newest first, paged. */
    async page(agencyId: string, page: number, pageSize: number): Promise<{ rows: StoredDelegation[]; total: number }> {
      const rows = await select()
        .where(eq(delegation.agencyId, agencyId))
        .orderBy(desc(delegation.createdAt), desc(delegation.startsAt), asc(delegation.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total] = await db.select({ n: count() }).from(delegation).where(eq(delegation.agencyId, agencyId));
      return { rows: rows.map(storedOf), total: total?.n ?? 0 };
    },

    async findById(id: string): Promise<StoredDelegation | undefined> {
      const [row] = await select().where(eq(delegation.id, id));
      return row ? storedOf(row) : undefined;
    },

    /** The delegation's row, locked: two cancellations take turns, the second sees the first. */
    async lockById(id: string): Promise<void> {
      await db.select({ id: delegation.id }).from(delegation).where(eq(delegation.id, id)).for('update');
    },

    async insert(row: typeof delegation.$inferInsert): Promise<string> {
      const [inserted] = await db.insert(delegation).values(row).returning({ id: delegation.id });
      return inserted!.id;
    },

    async cancel(id: string, at: Date, by: string): Promise<void> {
      await db
        .update(delegation)
        .set({ cancelledAt: at, cancelledBy: by })
        .where(and(eq(delegation.id, id), isNull(delegation.cancelledAt)));
    },
  };
}
export type DelegationRepo = ReturnType<typeof createDelegationRepo>;
