import { z } from 'zod';
import type { Language } from '../language.ts';
import { DossierCode, LookupSecret } from '../dossier/dossier-code.ts';
import type { DossierStatus } from '../dossier/status.ts';
import type { RatingProblemCode } from './rating-problems.ts';

/**
 * Ratings of the service (DESIGN §7): on the web (a returned dossier's result, by code and secret), on
 * the counter's tablet (the visit and the officer at that counter), and on paper forms or mailbox
 * letters entered by staff. One rating per dossier per channel.
 */
export const RatingChannel = z.enum(['web', 'tablet', 'paper', 'mailbox']);
export type RatingChannel = z.infer<typeof RatingChannel>;

/** Channels typed in by staff: they carry the form's reference (số phiếu) and the entering officer. */
export const STAFF_ENTERED_CHANNELS = ['paper', 'mailbox'] as const satisfies readonly RatingChannel[];

export const isStaffEntered = (channel: RatingChannel): boolean =>
  (STAFF_ENTERED_CHANNELS as readonly RatingChannel[]).includes(channel);

/** Rất hài lòng / Hài lòng / Không hài lòng, from best to worst. */
export const RatingLevel = z.enum(['very_satisfied', 'satisfied', 'unsatisfied']);
export type RatingLevel = z.infer<typeof RatingLevel>;

export const RatingCriterion = z.enum(['attitude', 'guidance', 'time', 'cost', 'visits']);
export type RatingCriterion = z.infer<typeof RatingCriterion>;

export const RATING_LABELS = {
  level: {
    very_satisfied: { vi: 'Rất hài lòng', en: 'Very satisfied' },
    satisfied: { vi: 'Hài lòng', en: 'Satisfied' },
    unsatisfied: { vi: 'Không hài lòng', en: 'Not satisfied' },
  },
  criterion: {
    attitude: { vi: 'Thái độ của công chức', en: 'Officers’ attitude' },
    guidance: { vi: 'Hướng dẫn, giải thích', en: 'Guidance' },
    time: { vi: 'Thời gian giải quyết', en: 'Time taken' },
    cost: { vi: 'Chi phí', en: 'Cost' },
    visits: { vi: 'Số lần đi lại', en: 'Number of visits' },
  },
  channel: {
    web: { vi: 'Trực tuyến', en: 'Web' },
    tablet: { vi: 'Máy tính bảng tại quầy', en: 'Counter tablet' },
    paper: { vi: 'Phiếu giấy', en: 'Paper form' },
    mailbox: { vi: 'Hòm thư góp ý', en: 'Mailbox' },
  },
} as const satisfies {
  level: Record<RatingLevel, Record<Language, string>>;
  criterion: Record<RatingCriterion, Record<Language, string>>;
  channel: Record<RatingChannel, Record<Language, string>>;
};

/** A level per criterion (at least one), and an optional comment. */
export const RatingScores = z
  .partialRecord(RatingCriterion, RatingLevel)
  .refine((s) => Object.keys(s).length > 0, { message: 'rating.no_criterion' });
export type RatingScores = z.infer<typeof RatingScores>;

const Comment = z.string().trim().max(1000).nullable().default(null);

/** `POST /api/v1/lookup/rating`: the citizen rates a returned dossier with its code and the receipt's secret. */
export const WebRatingRequest = z.object({
  code: DossierCode,
  secret: LookupSecret,
  scores: RatingScores,
  comment: Comment,
});
export type WebRatingRequest = z.infer<typeof WebRatingRequest>;

/** `GET /api/v1/lookup/rating?code=…&secret=…`: the look-up's own key, asking whether the web rating is done. */
export const WebRatingStatusQuery = WebRatingRequest.pick({ code: true, secret: true });
export type WebRatingStatusQuery = z.infer<typeof WebRatingStatusQuery>;

/** When the citizen rated this dossier on the web, or null: the page then says so instead of showing the form again. */
export const WebRatingStatus = z.object({ ratedAt: z.string().nullable() });
export type WebRatingStatus = z.infer<typeof WebRatingStatus>;

/** `POST /api/v1/ratings`: a rating from the counter's tablet, or a paper form or letter entered by staff. */
export const StaffRatingRequest = z
  .object({
    channel: RatingChannel.exclude(['web']),
    /** The dossier concerned, when there is one (a tablet rates the visit even without a dossier). */
    dossierCode: DossierCode.nullable().default(null),
    /** The paper form's or letter's own number (số phiếu): required for them, entered once per center and channel. */
    formReference: z.string().trim().max(60).nullable().default(null),
    scores: RatingScores,
    comment: Comment,
  })
  .superRefine((r, ctx) => {
    if (isStaffEntered(r.channel) && !r.formReference)
      ctx.addIssue({ code: 'custom', path: ['formReference'], message: 'rating.form_reference_required' });
  });
export type StaffRatingRequest = z.infer<typeof StaffRatingRequest>;

export const RatingView = z.object({
  id: z.string(),
  channel: RatingChannel,
  overall: RatingLevel,
  scores: RatingScores,
  ratedAt: z.string(),
  /** The paper form's or letter's number; null on the web and the tablet. */
  formReference: z.string().nullable(),
  /** Whether it counts in the satisfaction index (`countsInIndex`): an unlinked paper form is kept, not counted. */
  counted: z.boolean(),
});
export type RatingView = z.infer<typeof RatingView>;

const RANK: Record<RatingLevel, number> = { very_satisfied: 0, satisfied: 1, unsatisfied: 2 };

/**
 * A rating's overall level: the level that more than half of the answered criteria reach or exceed (their
 * median; an even split goes to the lower level). QĐ 766/QĐ-TTg of 23/6/2022 scores satisfaction as the share
 * of ratings that are satisfied, but does not say how a rating of several criteria becomes one level. The
 * worst criterion, which we used before, turned 4 satisfied answers and 1 not satisfied into "not satisfied":
 * one criterion outvoted four, which neither the citizen nor the agency would call fair. The median follows
 * what most of the citizen's answers say, gives a split no benefit of the doubt ([satisfied, not satisfied] →
 * not satisfied), and the per-criterion answers stay stored for whoever wants to read a single criterion.
 */
export function overallLevel(scores: RatingScores): RatingLevel {
  const levels = Object.values(scores)
    .filter((level): level is RatingLevel => level !== undefined)
    .sort((a, b) => RANK[a] - RANK[b]);
  // Best to worst: the element at ⌊n/2⌋ is reached or exceeded by ⌊n/2⌋ + 1 > n/2 answers.
  return levels[Math.floor(levels.length / 2)] ?? 'satisfied';
}

/** Counted satisfied by the satisfaction rate (DESIGN §7 index target 90%): satisfied or very satisfied overall. */
export const isSatisfied = (overall: RatingLevel): boolean => overall !== 'unsatisfied';

/** Why a dossier cannot be rated on a channel now, or null when it can: the web rates a returned result only. */
export function ratingRefusal(
  channel: RatingChannel,
  status: DossierStatus,
  alreadyRated: boolean,
): RatingProblemCode | null {
  if (alreadyRated) return 'rating.already_rated';
  if (channel === 'web' && status !== 'returned') return 'rating.not_returned';
  return null;
}
