import { foldText, type Officer, type OfficerListQuery, type Role } from '@motcua/core';
import { and, asc, count, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { foldedSql } from '../../db/folded-sql.ts';
import { agency, agencyCenter, appUser, center, counterSession } from '../../db/schema/index.ts';

const columns = {
  id: appUser.id,
  username: appUser.username,
  fullName: appUser.fullName,
  email: appUser.email,
  roles: appUser.roles,
  disabled: appUser.disabled,
  mustChangePassword: appUser.mustChangePassword,
  createdAt: appUser.createdAt,
  agencyCode: agency.code,
  agencySlug: agency.slug,
  agencyName: agency.name,
  centerCode: center.code,
  centerName: center.name,
};
type Row = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] | null };

const officerOf = (r: Row): Officer => ({
  id: r.id!,
  username: r.username!,
  fullName: r.fullName!,
  email: r.email,
  agency: r.agencyCode ? { code: r.agencyCode, slug: r.agencySlug!, name: r.agencyName! } : null,
  center: r.centerCode ? { code: r.centerCode, name: r.centerName! } : null,
  roles: r.roles as Role[],
  active: !r.disabled,
  mustChangePassword: r.mustChangePassword!,
  createdAt: r.createdAt!.toISOString(),
});

const folded = (column: SQL | typeof appUser.fullName) => foldedSql(column);
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Citizens sign in too (issue 18) but are not officers: the admin's list leaves them out. */
const isOfficer = sql`not (${appUser.roles} <@ array['citizen']::text[])`;

export type OfficerWrite = {
  username: string;
  fullName: string;
  email: string | null;
  centerId: string | null;
  agencyId: string | null;
  roles: Role[];
};

/** Officers as the admin sees them; password hashes are never read here. */
export function createOfficerRepo(db: Executor) {
  const query = () =>
    db
      .select(columns)
      .from(appUser)
      .leftJoin(center, eq(center.id, appUser.centerId))
      .leftJoin(agency, eq(agency.id, appUser.agencyId));

  return {
    async list(q: OfficerListQuery): Promise<{ items: Officer[]; total: number }> {
      const where = and(
        isOfficer,
        q.status === 'all' ? undefined : eq(appUser.disabled, q.status === 'inactive'),
        q.center ? eq(center.code, q.center) : undefined,
        q.agency ? eq(agency.slug, q.agency) : undefined,
        q.q
          ? sql`${folded(sql`${appUser.username} || ' ' || ${appUser.fullName}`)} like ${`%${escapeLike(foldText(q.q))}%`}`
          : undefined,
      );
      const [rows, [total]] = await Promise.all([
        query()
          .where(where)
          .orderBy(asc(appUser.username))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db
          .select({ n: count() })
          .from(appUser)
          .leftJoin(center, eq(center.id, appUser.centerId))
          .leftJoin(agency, eq(agency.id, appUser.agencyId))
          .where(where),
      ]);
      return { items: rows.map(officerOf), total: total?.n ?? 0 };
    },

    async find(id: string): Promise<Officer | undefined> {
      const [row] = await query().where(and(eq(appUser.id, id), isOfficer));
      return row ? officerOf(row) : undefined;
    },

    /** Locks the officer's row: two admins changing one officer apply one after the other. */
    async lock(id: string): Promise<Officer | undefined> {
      await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.id, id)).for('update');
      return this.find(id);
    },

    async findIdByUsername(username: string): Promise<string | undefined> {
      const [row] = await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, username));
      return row?.id;
    },

    /** An open center by its code. */
    async findCenter(code: string) {
      const [row] = await db
        .select({ id: center.id, level: center.level })
        .from(center)
        .where(and(eq(center.code, code), isNull(center.effectiveTo)));
      return row;
    },

    /**
     * An agency by its slug, and whether it serves at `centerId` (`agency_center`). An ended one is found only when
     * `orEnded`: an officer may stay in the agency they sat in before its merger, nobody new joins it.
     */
    async findAgency(slug: string, centerId: string | null, orEnded = false) {
      const [row] = await db
        .select({ id: agency.id, servesAt: agencyCenter.centerId })
        .from(agency)
        .leftJoin(
          agencyCenter,
          and(eq(agencyCenter.agencyId, agency.id), eq(agencyCenter.centerId, centerId ?? sql`null`)),
        )
        .where(and(eq(agency.slug, slug), orEnded ? undefined : isNull(agency.effectiveTo)))
        .orderBy(sql`${agency.effectiveTo} desc nulls first`)
        .limit(1);
      return row ? { id: row.id, servesAtCenter: row.servesAt !== null } : undefined;
    },

    async insert(values: OfficerWrite & { passwordHash: string; mustChangePassword: boolean; createdAt: Date }) {
      const [row] = await db.insert(appUser).values(values).returning({ id: appUser.id });
      return row!.id;
    },

    async update(id: string, values: Partial<OfficerWrite> & { disabled?: boolean }): Promise<void> {
      await db.update(appUser).set(values).where(eq(appUser.id, id));
    },

    /** A deactivated officer leaves the counter they sit at (DESIGN §2: a counter shows who serves there). */
    async endCounterSessions(userId: string, at: Date): Promise<void> {
      await db
        .update(counterSession)
        .set({ endedAt: at })
        .where(and(eq(counterSession.userId, userId), isNull(counterSession.endedAt)));
    },
  };
}
export type OfficerRepo = ReturnType<typeof createOfficerRepo>;
