import {
  computeNationalIndex,
  parseLocalDate,
  startOfDay,
  type LocalDate,
  type NationalIndexInputs,
  type NationalIndexReport,
} from '@motcua/core';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { resultRows } from '../../db/result-rows.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { SatisfactionOf } from '../rating/rating-repo.ts';
import type { ResolutionService } from './resolution-service.ts';

type Counts = Record<string, number>;

/**
 * The national index of service quality (QĐ 766/QĐ-TTg, DESIGN §7) computed live: the progress inputs
 * are the figures of Biểu II.06a for the same period, the rest counted on the catalog in force at the
 * period's end and on the dossiers received or resolved in it. What the system does not record yet
 * (announcement dates, online payment, digitised documents, feedback) is left null: the core
 * marks those indicators "not measured" rather than guessing.
 */
export function createNationalIndexService(deps: {
  db: Database;
  resolution: ResolutionService;
  satisfaction: SatisfactionOf;
}) {
  const one = async (query: ReturnType<typeof sql>) => resultRows<Counts>(await deps.db.execute(query))[0] ?? {};

  return {
    async index(query: { from: LocalDate; to: LocalDate; agency?: string }): Promise<NationalIndexReport> {
      const report = await deps.resolution.report({ from: query.from, to: query.to, by: 'agency' });
      const rows = query.agency ? report.rows.filter((r) => 'agency' in r && r.agency.slug === query.agency) : null;
      if (rows && rows.length === 0) throw new AppError('report.agency_not_found');
      const figures = rows ? rows[0]! : report.total;
      const agencyFilter = (column: string) =>
        query.agency
          ? sql`and ${sql.raw(column)} = (select id from agency where slug = ${query.agency} limit 1)`
          : sql``;
      const start = new Date(startOfDay(parseLocalDate(query.from)));
      const end = new Date(startOfDay(parseLocalDate(query.to) + 1));
      const procedures = await one(sql`
        select count(*)::int as "inForce",
          count(*) filter (where online_level = 'full')::int as "onlineFull",
          count(*) filter (where online_level = 'partial')::int as "onlinePartial",
          count(*) filter (where jsonb_array_length(content->'fees') > 0)::int as "withFee",
          count(*) filter (where jsonb_array_length(content->'checklist') > 0 and jsonb_array_length(content->'steps') > 0 and jsonb_array_length(content->'legalBasis') > 0)::int as "complete"
        from procedure_version
        where effective_from <= ${query.to} and (effective_to is null or effective_to >= ${query.to}) ${agencyFilter('agency_id')}`);
      const dossiers = await one(sql`
        select count(*) filter (where received_at >= ${start} and received_at < ${end})::int as received,
          count(*) filter (where received_at >= ${start} and received_at < ${end} and details->'feePayment' is not null and details->'feePayment' <> 'null'::jsonb)::int as "withFee",
          count(*) filter (where resolved_at >= ${start} and resolved_at < ${end} and resolution = 'decided')::int as results,
          count(*) filter (where resolved_at >= ${start} and resolved_at < ${end} and resolution = 'decided' and details->>'resultDelivery' = 'electronic')::int as electronic
        from dossier
        where parent_id is null and ((received_at >= ${start} and received_at < ${end}) or (resolved_at >= ${start} and resolved_at < ${end})) ${agencyFilter('agency_id')}`);
      const agencyId = query.agency
        ? ((await one(sql`select id from agency where slug = ${query.agency} limit 1`)).id as unknown as string)
        : null;
      const rated = await deps.satisfaction(start, end, agencyId);
      const inputs: NationalIndexInputs = {
        receivedOnline: figures.received.online,
        receivedDirect: figures.received.direct,
        receivedCarriedOver: figures.received.carriedOver,
        resolvedEarly: figures.resolved.early,
        resolvedOnTime: figures.resolved.onTime,
        inProgressOnTime: figures.inProgress.onTime,
        proceduresInForce: procedures.inForce ?? 0,
        proceduresAnnounced: null,
        proceduresAnnouncedOnTime: null,
        proceduresPublishedOnTime: null,
        proceduresWithCompleteInfo: procedures.complete ?? 0,
        proceduresOnlineFull: procedures.onlineFull ?? 0,
        proceduresOnlinePartial: procedures.onlinePartial ?? 0,
        proceduresWithFee: procedures.withFee ?? 0,
        proceduresWithOnlinePayment: null,
        // Every dossier's progress and result are public through the look-up by code (DESIGN §6).
        dossiersProgressPublished: dossiers.received ?? 0,
        dossiersWithFee: dossiers.withFee ?? 0,
        dossiersPaidOnline: null,
        dossiersDigitised: null,
        dossiersReusingData: null,
        resultsIssued: dossiers.results ?? 0,
        resultsIssuedElectronically: dossiers.electronic ?? 0,
        ratings: rated.ratings,
        ratingsSatisfied: rated.satisfied,
        feedbackReceived: null,
        feedbackHandledOnTime: null,
        feedbackSatisfied: null,
      };
      const agency = rows ? (rows[0] as { agency: { code: string; slug: string; name: string } }).agency : null;
      return { from: query.from, to: query.to, agency, index: computeNationalIndex(inputs, query.to) };
    },
  };
}
export type NationalIndexService = ReturnType<typeof createNationalIndexService>;
