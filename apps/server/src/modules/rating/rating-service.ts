import {
  countsInIndex,
  isStaffEntered,
  overallLevel,
  ratingRefusal,
  type DossierState,
  type LookupQuery,
  type RatingView,
  type StaffRatingRequest,
  type WebRatingRequest,
  type WebRatingStatus,
  type WebRatingStatusQuery,
} from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { actorOf, type SessionUser, centerOf } from '../../platform/auth/session-user.ts';
import { createRatingRepo, type NewRating } from './rating-repo.ts';

/** A dossier as a rating needs it: where it is counted and where it stands. */
export type RatedDossier = {
  id: string;
  centerId: string;
  receivedCenterId: string;
  state: Pick<DossierState, 'agencyId' | 'status'>;
};
/** The citizen's look-up check (the dossier module's): the dossier a code and its secret open, failures counted. */
export type VerifyLookup = (query: Pick<LookupQuery, 'code' | 'secret'>, address: string) => Promise<RatedDossier>;
/** The dossier of a code, whoever asks (the dossier module's store): the staff's agency is checked here. */
export type FindDossierByCode = (code: string) => Promise<RatedDossier | undefined>;

type Deps = {
  db: Database;
  now: () => Date;
  verifyLookup: VerifyLookup;
  findDossier: FindDossierByCode;
  /** The counter the officer is signed in at, for the tablet's rating; none when absent. */
  counterOf?: (userId: string) => Promise<string | null>;
};

/** Ratings (DESIGN §7): the citizen's on the web with code and secret, the others entered at the center. */
export function createRatingService(deps: Deps) {
  const ratings = createRatingRepo(deps.db);

  async function record(row: NewRating, status: Parameters<typeof ratingRefusal>[1] | null): Promise<RatingView> {
    const refusal =
      row.dossierId && status
        ? ratingRefusal(row.channel, status, (await ratings.ratedAt(row.dossierId, row.channel)) !== null)
        : null;
    if (refusal) throw new AppError(refusal);
    const inserted = await ratings.insert(row);
    // Two ratings racing for one dossier and channel, or one paper form typed twice: the unique indexes let one in.
    if (!inserted) {
      const duplicate =
        row.formReference && (await ratings.formReferenceTaken(row.centerId, row.channel, row.formReference));
      throw new AppError(duplicate ? 'rating.duplicate_form_reference' : 'rating.already_rated');
    }
    return {
      id: inserted.id,
      channel: row.channel,
      overall: row.overall,
      scores: row.scores,
      ratedAt: row.ratedAt.toISOString(),
      formReference: row.formReference,
      counted: countsInIndex({ channel: row.channel, dossierLinked: row.dossierId !== null }),
    };
  }

  return {
    async rateOnWeb(request: WebRatingRequest, address: string): Promise<RatingView> {
      const d = await deps.verifyLookup({ code: request.code, secret: request.secret }, address);
      const row: NewRating = {
        centerId: d.centerId,
        agencyId: d.state.agencyId,
        dossierId: d.id,
        officerId: null,
        counterId: null,
        channel: 'web',
        scores: request.scores,
        overall: overallLevel(request.scores),
        comment: request.comment,
        ratedAt: deps.now(),
        enteredBy: null,
        formReference: null,
      };
      return record(row, d.state.status);
    },

    /** Whether the look-up's dossier is rated on the web already: the same key as the rating, failures counted alike. */
    async webStatus(query: WebRatingStatusQuery, address: string): Promise<WebRatingStatus> {
      const d = await deps.verifyLookup(query, address);
      return { ratedAt: (await ratings.ratedAt(d.id, 'web'))?.toISOString() ?? null };
    },

    /**
     * The counter's tablet rates the officer signed in there; paper forms and letters are entered by staff of the
     * dossier's agency, with their reference, and count only when linked to a dossier (core `countsInIndex`).
     */
    async rateAtCenter(request: StaffRatingRequest, user: SessionUser): Promise<RatingView> {
      const d = request.dossierCode ? await deps.findDossier(request.dossierCode) : undefined;
      if (request.dossierCode && (!d || !mayLinkRating(d, user))) throw new AppError('dossier.not_found');
      const tablet = request.channel === 'tablet';
      const row: NewRating = {
        centerId: d?.centerId ?? centerOf(user),
        agencyId: d?.state.agencyId ?? user.agencyId,
        dossierId: d?.id ?? null,
        officerId: tablet ? user.id : null,
        counterId: tablet && deps.counterOf ? await deps.counterOf(user.id) : null,
        channel: request.channel,
        scores: request.scores,
        overall: overallLevel(request.scores),
        comment: request.comment,
        ratedAt: deps.now(),
        // Attributable (issue 15 item 9): the officer who typed the form in, and the form's own number.
        enteredBy: tablet ? null : user.id,
        formReference: isStaffEntered(request.channel) ? request.formReference : null,
      };
      return record(row, d?.state.status ?? null);
    },

    satisfaction: ratings.satisfaction,
  };
}

/**
 * Who may link a rating to a dossier: its agency's staff, the director, and the branch that received it (DESIGN §13:
 * the result is returned and the form handed in there).
 */
function mayLinkRating(d: RatedDossier, user: SessionUser): boolean {
  const { agencyId, branchId } = actorOf(user);
  return (
    d.state.agencyId === agencyId || user.roles.includes('director') || (!!branchId && branchId === d.receivedCenterId)
  );
}
export type RatingService = ReturnType<typeof createRatingService>;
