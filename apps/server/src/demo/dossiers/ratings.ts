import {
  overallLevel,
  type Instant,
  type RatingCriterion,
  type RatingLevel,
  type RatingScores,
} from '../catalog/core.ts';
import type { rating } from '../../db/schema/index.ts';
import type { CounterDesk } from './counter-desk.ts';
import type { History } from './driver.ts';
import { between, chance, pickWeighted, type Random } from './random.ts';

export type RatingRow = typeof rating.$inferInsert;

/** Of the dossiers returned in the live window, the share rated, and how (DESIGN §9 "some rated"). */
const RATED_SHARE = 0.35;
const WEB_SHARE = 0.4;
/** The share of a rating's criteria answered as the citizen's overall mood. */
const SAME_AS_MOOD = 0.75;
const CRITERIA: readonly RatingCriterion[] = ['attitude', 'guidance', 'time', 'cost', 'visits'];
/** Most citizens are satisfied (the source: "citizen satisfaction is the measure of success"); a few are not. */
const LEVELS: readonly (readonly [number, RatingLevel])[] = [
  [62, 'very_satisfied'],
  [34, 'satisfied'],
  [4, 'unsatisfied'],
];

/**
 * A rating of a returned dossier, or none: on the counter's tablet at the return (rating the counter
 * officer at its desk), or on the web within three days (never after "now").
 */
export function demoRating(
  ids: { centerId: string; dossierId: string; agencyId: string },
  desk: CounterDesk,
  history: History,
  random: Random,
  now: Instant,
): RatingRow | null {
  const returnedAt = history.state.returnedAt;
  if (returnedAt === null || !chance(random, RATED_SHARE)) return null;
  const web = chance(random, WEB_SHARE);
  const ratedAt = web ? returnedAt + Math.round(between(random, 10 * 60_000, 3 * 86_400_000)) : returnedAt + 60_000;
  if (ratedAt > now) return null;
  // A citizen's answers go together: each criterion mostly repeats the visit's mood, sometimes not. Drawn
  // one by one, a median overall (core's overallLevel) would almost never come out unsatisfied.
  const mood = pickWeighted(random, LEVELS);
  const scores: RatingScores = {};
  for (const criterion of CRITERIA)
    scores[criterion] = chance(random, SAME_AS_MOOD) ? mood : pickWeighted(random, LEVELS);
  return {
    centerId: ids.centerId,
    agencyId: ids.agencyId,
    dossierId: ids.dossierId,
    // The tablet stands at the counter that returned the result: the agency's, or the branch's that received it.
    officerId: web ? null : desk.officer.id,
    counterId: web ? null : desk.counterId,
    channel: web ? 'web' : 'tablet',
    scores,
    overall: overallLevel(scores),
    comment: null,
    ratedAt: new Date(ratedAt),
    enteredBy: null,
  };
}
