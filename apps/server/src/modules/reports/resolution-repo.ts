import { zeroSums, type LocalDate, type PeriodSums } from '@motcua/core';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { resultRows } from '../../db/result-rows.ts';
import { agency, center, field } from '../../db/schema/index.ts';

export type SumsByKey = { agencyId: string; fieldId: string; sums: PeriodSums };

const COLUMNS = 'center_id, agency_id, field_id, day, received_online, received_direct, resolved_early, resolved_on_time, resolved_late, open, overdue';

/**
 * A period's sums per agency and field, read from the statistics (compacted days plus the deltas not
 * folded yet), exactly as core `periodSumsOfChanges` defines them: flows of the days in [from, to],
 * `open` before `from`, `open` and `overdue` up to `to`. Never from today's dossier rows.
 */
export function createResolutionRepo(db: Executor) {
  return {
    async sums(period: { from: LocalDate; to: LocalDate }, centerId: string | null): Promise<SumsByKey[]> {
      const where = centerId ? sql`day <= ${period.to} and center_id = ${centerId}` : sql`day <= ${period.to}`;
      const flow = (column: string, as: string) => sql`coalesce(sum(${sql.identifier(column)}) filter (where day >= ${period.from}), 0)::int as ${sql.identifier(as)}`;
      const rows = resultRows<{ agencyId: string; fieldId: string } & PeriodSums>(
        await db.execute(sql`
          select agency_id as "agencyId", field_id as "fieldId",
            ${flow('received_online', 'receivedOnline')}, ${flow('received_direct', 'receivedDirect')},
            ${flow('resolved_early', 'resolvedEarly')}, ${flow('resolved_on_time', 'resolvedOnTime')}, ${flow('resolved_late', 'resolvedLate')},
            coalesce(sum(open) filter (where day < ${period.from}), 0)::int as "openBefore",
            coalesce(sum(open), 0)::int as "openAtEnd",
            coalesce(sum(overdue), 0)::int as "overdueAtEnd"
          from (
            select ${sql.raw(COLUMNS)} from stat_day where ${where}
            union all
            select ${sql.raw(COLUMNS)} from stat_delta where ${where}
          ) s
          group by agency_id, field_id`),
      );
      return rows.map(({ agencyId, fieldId, ...sums }) => ({ agencyId, fieldId, sums: { ...zeroSums(), ...sums } }));
    },

    async centerByCode(code: string) {
      const [row] = await db.select({ id: center.id, code: center.code, name: center.name }).from(center).where(eq(center.code, code));
      return row;
    },

    agencies: (centerId: string | null) =>
      db
        .select({ id: agency.id, code: agency.code, slug: agency.slug, name: agency.name, effectiveFrom: agency.effectiveFrom, effectiveTo: agency.effectiveTo, successorId: agency.successorId })
        .from(agency)
        .where(centerId ? eq(agency.centerId, centerId) : undefined),

    fields: (centerId: string | null) => db.select({ id: field.id, code: field.code, name: field.name }).from(field).where(centerId ? eq(field.centerId, centerId) : undefined),
  };
}
export type ResolutionRepo = ReturnType<typeof createResolutionRepo>;
