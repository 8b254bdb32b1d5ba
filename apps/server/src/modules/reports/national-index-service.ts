import {
  computeNationalIndex,
  parseLocalDate,
  startOfDay,
  type LocalDate,
  type NationalIndexInputs,
  type NationalIndexReport,
} from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { SatisfactionOf } from '../rating/rating-repo.ts';
import { createNationalIndexRepo } from './national-index-repo.ts';
import type { ResolutionService } from './resolution-service.ts';

/**
 * The national index of service quality (QĐ 766/QĐ-TTg, DESIGN §7) computed live: the progress inputs
 * are the figures of Biểu II.06a for the same period, the rest counted on the catalog in force at the
 * period's end and on the dossiers received or resolved in it. What the system does not record yet
 * (announcement dates, online payment, feedback) is left null: the core
 * marks those indicators "not measured" rather than guessing.
 */
export function createNationalIndexService(deps: {
  db: Database;
  resolution: ResolutionService;
  satisfaction: SatisfactionOf;
}) {
  const repo = createNationalIndexRepo(deps.db);

  return {
    async index(query: { from: LocalDate; to: LocalDate; agency?: string }): Promise<NationalIndexReport> {
      const report = await deps.resolution.report({ from: query.from, to: query.to, by: 'agency' });
      const rows = query.agency ? report.rows.filter((r) => 'agency' in r && r.agency.slug === query.agency) : null;
      if (rows && rows.length === 0) throw new AppError('report.agency_not_found');
      const figures = rows ? rows[0]! : report.total;
      const start = new Date(startOfDay(parseLocalDate(query.from)));
      const end = new Date(startOfDay(parseLocalDate(query.to) + 1));
      const procedures = await repo.procedureCounts(query.to, query.agency);
      const dossiers = await repo.dossierCounts(start, end, query.agency);
      const agencyId = query.agency ? await repo.findAgencyId(query.agency) : null;
      const rated = await deps.satisfaction(start, end, agencyId);
      const inputs: NationalIndexInputs = {
        receivedOnline: figures.received.online,
        receivedDirect: figures.received.direct,
        receivedCarriedOver: figures.received.carriedOver,
        resolvedEarly: figures.resolved.early,
        resolvedOnTime: figures.resolved.onTime,
        inProgressOnTime: figures.inProgress.onTime,
        proceduresInForce: procedures.inForce,
        proceduresAnnounced: null,
        proceduresAnnouncedOnTime: null,
        proceduresPublishedOnTime: null,
        proceduresWithCompleteInfo: procedures.complete,
        proceduresOnlineFull: procedures.onlineFull,
        proceduresOnlinePartial: procedures.onlinePartial,
        proceduresWithFee: procedures.withFee,
        proceduresWithOnlinePayment: null,
        // Every dossier's progress and result are public through the look-up by code (DESIGN §6).
        dossiersProgressPublished: dossiers.received,
        dossiersWithFee: dossiers.withFee,
        dossiersPaidOnline: null,
        dossiersDigitised: dossiers.digitised,
        dossiersReusingData: dossiers.reusing,
        resultsIssued: dossiers.results,
        resultsIssuedElectronically: dossiers.electronic,
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
