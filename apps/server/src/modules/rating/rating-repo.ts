import { COUNTED_WITHOUT_DOSSIER, type RatingChannel, type RatingLevel, type RatingScores } from '@motcua/core';
import { and, count, eq, gte, inArray, isNotNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { rating } from '../../db/schema/index.ts';

export type NewRating = {
  centerId: string;
  agencyId: string | null;
  dossierId: string | null;
  officerId: string | null;
  counterId: string | null;
  channel: RatingChannel;
  scores: RatingScores;
  overall: RatingLevel;
  comment: string | null;
  ratedAt: Date;
  enteredBy: string | null;
  formReference: string | null;
};

export function createRatingRepo(db: Executor) {
  return {
    /**
     * Inserts unless the dossier already has a rating on that channel or the form's reference was entered already at
     * this center on this channel: the unique indexes decide under concurrency (`formReferenceTaken` tells which).
     */
    async insert(row: NewRating): Promise<{ id: string } | null> {
      const [inserted] = await db.insert(rating).values(row).onConflictDoNothing().returning({ id: rating.id });
      return inserted ?? null;
    },

    async formReferenceTaken(centerId: string, channel: RatingChannel, formReference: string): Promise<boolean> {
      const [row] = await db
        .select({ id: rating.id })
        .from(rating)
        .where(
          and(eq(rating.centerId, centerId), eq(rating.channel, channel), eq(rating.formReference, formReference)),
        );
      return row !== undefined;
    },

    /** When the dossier was rated on that channel, or null (one rating per dossier and channel). */
    async ratedAt(dossierId: string, channel: RatingChannel): Promise<Date | null> {
      const [row] = await db
        .select({ at: rating.ratedAt })
        .from(rating)
        .where(and(eq(rating.dossierId, dossierId), eq(rating.channel, channel)));
      return row?.at ?? null;
    },

    /**
     * Ratings in [from, to) that count in the index (core `countsInIndex`: linked to a dossier, or on a channel that
     * counts without one) and how many of them are satisfied or very satisfied overall (DESIGN §7).
     */
    async satisfaction(from: Date, to: Date, agencyId: string | null): Promise<{ ratings: number; satisfied: number }> {
      const where = and(
        gte(rating.ratedAt, from),
        lt(rating.ratedAt, to),
        agencyId ? eq(rating.agencyId, agencyId) : undefined,
        or(isNotNull(rating.dossierId), inArray(rating.channel, [...COUNTED_WITHOUT_DOSSIER])),
      );
      const [row] = await db
        .select({
          ratings: count(),
          satisfied: sql<number>`(count(*) filter (where ${ne(rating.overall, 'unsatisfied')}))::int`,
        })
        .from(rating)
        .where(where);
      return { ratings: row?.ratings ?? 0, satisfied: row?.satisfied ?? 0 };
    },
  };
}
export type RatingRepo = ReturnType<typeof createRatingRepo>;

/** Ratings in [from, to) of an agency (or all) and how many are satisfied: what the dashboard and the index read. */
export type SatisfactionOf = RatingRepo['satisfaction'];
