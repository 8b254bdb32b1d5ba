import { describe, expect, it } from 'vitest';
import {
  isSatisfied,
  overallLevel,
  ratingRefusal,
  RatingScores,
  StaffRatingRequest,
  WebRatingRequest,
} from './rating.ts';

describe('ratings (DESIGN §7)', () => {
  it.each([
    [{ attitude: 'very_satisfied', time: 'very_satisfied' }, 'very_satisfied', true],
    [{ attitude: 'very_satisfied', time: 'satisfied' }, 'satisfied', true],
    [{ attitude: 'very_satisfied', guidance: 'satisfied', cost: 'unsatisfied' }, 'unsatisfied', false],
    [{ visits: 'satisfied' }, 'satisfied', true],
  ] as const)('%j is %s overall (its worst criterion)', (scores, overall, satisfied) => {
    expect(overallLevel(scores)).toBe(overall);
    expect(isSatisfied(overallLevel(scores))).toBe(satisfied);
  });

  it('needs at least one known criterion with a known level', () => {
    expect(RatingScores.safeParse({}).success).toBe(false);
    expect(RatingScores.safeParse({ attitude: 'great' }).success).toBe(false);
    expect(RatingScores.safeParse({ mood: 'satisfied' }).success).toBe(false);
    expect(RatingScores.safeParse({ attitude: 'satisfied' }).success).toBe(true);
  });

  it('rates a result on the web only once it is returned, once per channel', () => {
    expect(ratingRefusal('web', 'result_ready', false)).toBe('rating.not_returned');
    expect(ratingRefusal('web', 'returned', false)).toBeNull();
    expect(ratingRefusal('web', 'returned', true)).toBe('rating.already_rated');
    expect(ratingRefusal('tablet', 'received', false)).toBeNull();
    expect(ratingRefusal('paper', 'in_appraisal', true)).toBe('rating.already_rated');
  });

  it('takes the web channel only through the look-up with the secret', () => {
    expect(StaffRatingRequest.safeParse({ channel: 'web', scores: { attitude: 'satisfied' } }).success).toBe(false);
    expect(StaffRatingRequest.parse({ channel: 'tablet', scores: { attitude: 'satisfied' } })).toEqual({
      channel: 'tablet',
      dossierCode: null,
      scores: { attitude: 'satisfied' },
      comment: null,
    });
    expect(
      WebRatingRequest.safeParse({ code: '000.00.01.H49-261125-0001', scores: { attitude: 'satisfied' } }).success,
    ).toBe(false);
  });
});
