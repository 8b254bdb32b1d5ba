import {
  formatLocalDate,
  parseLocalDate,
  zeroSums,
  type CenterLevel,
  type LocalDate,
  type PeriodSums,
} from '@motcua/core';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { resultRows } from '../../db/result-rows.ts';
import { agency, agencyCenter, center, field, STAT_MEASURE_COLUMNS } from '../../db/schema/index.ts';

export type SumsByKey = { receivedCenterId: string; agencyId: string; fieldId: string; sums: PeriodSums };

/** Which receiving centers a report counts (DESIGN §13): one, those of a level, or all (the province). */
export type ReceivedAt = { centerId: string | null; level: CenterLevel | null };

const MEASURES = STAT_MEASURE_COLUMNS.join(', ');

const monthOf = (day: LocalDate): LocalDate => `${day.slice(0, 7)}-01`;
const nextMonth = (day: LocalDate): LocalDate => monthOf(formatLocalDate(parseLocalDate(monthOf(day)) + 31));

/**
 * A period's sums per agency and field, read from the statistics, exactly as core `periodSumsOfChanges`
 * defines them: flows of the days in [from, to], `open` before `from`, `open` and `overdue` up to `to`.
 * Never from today's dossier rows. Whole months come from `stat_month` (kept by triggers on `stat_day`),
 * the days of the first and last months from `stat_day`, and the deltas not folded yet from `stat_delta`:
 * some 20,000 rows whatever the history's length, instead of every day since the first (DESIGN §10).
 */
export function createResolutionRepo(db: Executor) {
  return {
    async sums(period: { from: LocalDate; to: LocalDate }, at: ReceivedAt): Promise<SumsByKey[]> {
      const { from, to } = period;
      const [fromMonth, toMonth] = [monthOf(from), monthOf(to)];
      // The first whole month inside the period: flows of the months from there to `to`'s month come from stat_month.
      const wholeFrom = from === fromMonth ? from : nextMonth(from);
      // Reports by receiving center cross centers (DESIGN §13): the statistics carry the receiving center.
      const inCenter = sql.join(
        [
          at.centerId ? sql`and received_center_id = ${at.centerId}` : sql``,
          at.level ? sql`and received_center_id in (select id from center where level = ${at.level})` : sql``,
        ],
        sql` `,
      );
      const flow = (column: string, as: string) =>
        sql`coalesce(sum(${sql.identifier(column)}) filter (where flow), 0)::int as ${sql.identifier(as)}`;
      const rows = resultRows<{ receivedCenterId: string; agencyId: string; fieldId: string } & PeriodSums>(
        await db.execute(sql`
          select received_center_id as "receivedCenterId", agency_id as "agencyId", field_id as "fieldId",
            ${flow('received_online', 'receivedOnline')}, ${flow('received_direct', 'receivedDirect')},
            ${flow('resolved_early', 'resolvedEarly')}, ${flow('resolved_on_time', 'resolvedOnTime')}, ${flow('resolved_late', 'resolvedLate')},
            coalesce(sum(open) filter (where before), 0)::int as "openBefore",
            coalesce(sum(open) filter (where up_to), 0)::int as "openAtEnd",
            coalesce(sum(overdue) filter (where up_to), 0)::int as "overdueAtEnd"
          from (
            select received_center_id, agency_id, field_id, month >= ${wholeFrom} as flow, month < ${fromMonth} as before, true as up_to, ${sql.raw(MEASURES)}
            from stat_month where month < ${toMonth} ${inCenter}
            union all
            select received_center_id, agency_id, field_id, day >= ${from} and (day < ${wholeFrom} or day >= ${toMonth}), day >= ${fromMonth} and day < ${from}, day >= ${toMonth}, ${sql.raw(MEASURES)}
            from stat_day where day <= ${to} and (day >= ${toMonth} or (day >= ${fromMonth} and day < ${wholeFrom})) ${inCenter}
            union all
            select received_center_id, agency_id, field_id, day >= ${from}, day < ${from}, true, ${sql.raw(MEASURES)}
            from stat_delta where day <= ${to} ${inCenter}
          ) s
          group by received_center_id, agency_id, field_id`),
      );
      return rows.map(({ receivedCenterId, agencyId, fieldId, ...sums }) => ({
        receivedCenterId,
        agencyId,
        fieldId,
        sums: { ...zeroSums(), ...sums },
      }));
    },

    async centerByCode(code: string) {
      const [row] = await db
        .select({ id: center.id, code: center.code, name: center.name })
        .from(center)
        .where(eq(center.code, code));
      return row;
    },

    centerCodeOf: async (id: string): Promise<string | null> =>
      (await db.select({ code: center.code }).from(center).where(eq(center.id, id)))[0]?.code ?? null,

    /** The province's centers (a few hundred at most): the rows of a report by center. */
    centers: () =>
      db
        .select({
          id: center.id,
          code: center.code,
          name: center.name,
          level: center.level,
          effectiveFrom: center.effectiveFrom,
          effectiveTo: center.effectiveTo,
        })
        .from(center),

    /** Every agency, and whether it serves at the center asked (all do for the province): who gets a row without figures. */
    agencies: (centerId: string | null) =>
      db
        .select({
          id: agency.id,
          code: agency.code,
          slug: agency.slug,
          name: agency.name,
          effectiveFrom: agency.effectiveFrom,
          effectiveTo: agency.effectiveTo,
          successorId: agency.successorId,
          servesHere: centerId
            ? sql<boolean>`exists (select 1 from ${agencyCenter} ac where ac.agency_id = ${agency.id} and ac.center_id = ${centerId})`
            : sql<boolean>`true`,
        })
        .from(agency),

    fields: () => db.select({ id: field.id, code: field.code, name: field.name }).from(field),
  };
}
export type ResolutionRepo = ReturnType<typeof createResolutionRepo>;
