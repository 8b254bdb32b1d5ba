import type { DashboardMeasure, LocalDate } from '@motcua/core';
import { and, asc, count, desc, eq, gte, isNotNull, isNull, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { resultRows } from '../../db/result-rows.ts';
import { agency, dossier, field, procedureVersion } from '../../db/schema/index.ts';

export type Scope = { agencyId: string | null; fieldCode?: string; channel?: 'online' | 'direct' | 'post' };
export type Moments = { now: Date; startOfToday: Date; startOfMonth: Date; monthStart: LocalDate; today: LocalDate };

/** The UTC+7 date of an instant column (DESIGN §5: dates are UTC+7 dates). */
const localDate = (column: SQL | typeof dossier.resolvedAt) =>
  sql`((${column} at time zone 'UTC') + interval '7 hours')::date`;
/** Receptions and resolutions count a composite dossier once, in its parent (DESIGN §6); the open ones are workload and count children too. */
const counted = isNull(dossier.parentId);
const resolvedThisMonth = (m: Moments) =>
  and(counted, isNotNull(dossier.receivedAt), gte(dossier.resolvedAt, m.startOfMonth), lte(dossier.resolvedAt, m.now))!;

/** Received and not resolved: the open dossiers, found through a partial index whatever the table's size. */
const isOpen = and(isNotNull(dossier.receivedAt), isNull(dossier.resolvedAt))!;

/**
 * Which dossiers a dashboard figure counts (DESIGN §8 "every figure clicks down to the dossiers it
 * counts"): the figure is the count of this condition and the drill-down lists it, so they agree.
 * Resolved ones are classified as core `classifyResolution` does, on the due moment kept at resolution.
 */
function measureCondition(measure: DashboardMeasure, m: Moments): SQL {
  switch (measure) {
    case 'received_today':
      return and(counted, gte(dossier.receivedAt, m.startOfToday), lte(dossier.receivedAt, m.now))!;
    case 'received_month':
      return and(counted, gte(dossier.receivedAt, m.startOfMonth), lte(dossier.receivedAt, m.now))!;
    case 'resolved_month':
      return resolvedThisMonth(m);
    case 'early_month':
      return and(
        resolvedThisMonth(m),
        eq(dossier.resolution, 'decided'),
        sql`${localDate(dossier.resolvedAt)} < ${localDate(dossier.dueAt)}`,
      )!;
    case 'on_time_month':
      // Withdrawn and stopped dossiers count as resolved on time (DESIGN §5).
      return and(
        resolvedThisMonth(m),
        or(
          ne(dossier.resolution, 'decided'),
          and(
            sql`${dossier.resolvedAt} <= ${dossier.dueAt}`,
            sql`${localDate(dossier.resolvedAt)} = ${localDate(dossier.dueAt)}`,
          ),
        ),
      )!;
    case 'late_month':
      return and(
        resolvedThisMonth(m),
        eq(dossier.resolution, 'decided'),
        sql`${dossier.resolvedAt} > ${dossier.dueAt}`,
      )!;
    case 'in_progress':
      return isOpen;
    case 'overdue':
      // The due moment is null while the clock stands still awaiting a supplement: on time (DESIGN §5).
      return and(isOpen, lt(dossier.dueAt, m.now), ne(dossier.status, 'awaiting_supplement'))!;
  }
}

function scoped(scope: Scope): SQL[] {
  const where: SQL[] = [];
  if (scope.agencyId) where.push(eq(dossier.agencyId, scope.agencyId));
  if (scope.fieldCode) where.push(eq(field.code, scope.fieldCode));
  if (scope.channel) where.push(eq(dossier.channel, scope.channel));
  return where;
}

export function createDashboardRepo(db: Executor) {
  return {
    agencyBySlug: async (slug: string) =>
      (
        await db
          .select({ id: agency.id, code: agency.code, slug: agency.slug, name: agency.name })
          .from(agency)
          .where(eq(agency.slug, slug))
          .limit(1)
      )[0],
    agencyById: async (id: string) =>
      (
        await db
          .select({ id: agency.id, code: agency.code, slug: agency.slug, name: agency.name })
          .from(agency)
          .where(eq(agency.id, id))
          .limit(1)
      )[0],
    agencies: () =>
      db
        .select({
          id: agency.id,
          code: agency.code,
          slug: agency.slug,
          name: agency.name,
          effectiveFrom: agency.effectiveFrom,
          effectiveTo: agency.effectiveTo,
        })
        .from(agency)
        .orderBy(asc(agency.code)),

    /** Counts of a figure per agency, field and channel (a month's receptions, the open dossiers): from the covering indexes. */
    async countBy(measure: DashboardMeasure, m: Moments, scope: Scope) {
      const query = db
        .select({ agencyId: dossier.agencyId, fieldId: dossier.fieldId, channel: dossier.channel, n: count() })
        .from(dossier);
      // The field's code is only needed to filter by it: without it the count reads the dossier's indexes alone.
      const joined = scope.fieldCode ? query.innerJoin(field, eq(field.id, dossier.fieldId)) : query;
      return joined
        .where(and(measureCondition(measure, m), ...scoped(scope)))
        .groupBy(dossier.agencyId, dossier.fieldId, dossier.channel);
    },

    /** Resolutions by timeliness and receptions per agency and field from the statistics, for days ≥ `from` (and ≤ `to`). */
    async flowsSince(from: LocalDate, to: LocalDate, agencyId: string | null) {
      const where = agencyId
        ? sql`day >= ${from} and day <= ${to} and agency_id = ${agencyId}`
        : sql`day >= ${from} and day <= ${to}`;
      return resultRows<{
        agencyId: string;
        fieldId: string;
        month: string;
        received: number;
        early: number;
        onTime: number;
        late: number;
      }>(
        await db.execute(sql`
          select agency_id as "agencyId", field_id as "fieldId", to_char(day, 'YYYY-MM') as month,
            sum(received_online + received_direct)::int as received, sum(resolved_early)::int as early,
            sum(resolved_on_time)::int as "onTime", sum(resolved_late)::int as late
          from (select agency_id, field_id, day, received_online, received_direct, resolved_early, resolved_on_time, resolved_late from stat_day where ${where}
                union all
                select agency_id, field_id, day, received_online, received_direct, resolved_early, resolved_on_time, resolved_late from stat_delta where ${where}) s
          group by 1, 2, 3`),
      );
    },

    fieldsByIds: (ids: string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db
            .select({ id: field.id, code: field.code, name: field.name })
            .from(field)
            .where(
              sql`${field.id} in (${sql.join(
                ids.map((id) => sql`${id}`),
                sql`, `,
              )})`,
            ),

    /** The drill-down: the dossiers a figure counts, newest first, paged. */
    async dossiers(measure: DashboardMeasure, m: Moments, scope: Scope, page: number, pageSize: number) {
      const where = and(measureCondition(measure, m), ...scoped(scope));
      const rows = await db
        .select({
          id: dossier.id,
          code: dossier.code,
          procedureName: procedureVersion.name,
          agency: { slug: agency.slug, name: agency.name },
          channel: dossier.channel,
          status: dossier.status,
          receivedAt: dossier.receivedAt,
          dueAt: dossier.dueAt,
          resolvedAt: dossier.resolvedAt,
        })
        .from(dossier)
        .innerJoin(field, eq(field.id, dossier.fieldId))
        .innerJoin(agency, eq(agency.id, dossier.agencyId))
        .innerJoin(procedureVersion, eq(procedureVersion.id, dossier.procedureVersionId))
        .where(where)
        .orderBy(desc(dossier.receivedAt), asc(dossier.code))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total] = await db
        .select({ n: count() })
        .from(dossier)
        .innerJoin(field, eq(field.id, dossier.fieldId))
        .where(where);
      return { rows, total: total?.n ?? 0 };
    },
  };
}
export type DashboardRepo = ReturnType<typeof createDashboardRepo>;
