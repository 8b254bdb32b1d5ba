import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSatisfied,
  overallLevel,
  ratingRefusal,
  RatingCriterion,
  RatingScores,
  StaffRatingRequest,
  WebRatingRequest,
} from './rating.ts';

describe('ratings (DESIGN §7)', () => {
  // The overall level by hand (QĐ 766/QĐ-TTg scores the share satisfied; the rule is the answers' median).
  const VS = 'very_satisfied';
  const S = 'satisfied';
  const U = 'unsatisfied';
  it.each([
    [{ attitude: VS, time: VS }, VS, true],
    [{ attitude: VS, time: S }, S, true],
    [{ visits: S }, S, true],
    [{ visits: U }, U, false],
    [{ attitude: S, guidance: S, time: S, cost: S, visits: U }, S, true],
    [{ attitude: VS, guidance: VS, time: S, cost: S, visits: U }, S, true],
    [{ attitude: VS, guidance: VS, time: VS, cost: U, visits: U }, VS, true],
    [{ attitude: VS, guidance: S, cost: U }, S, true],
    [{ attitude: S, cost: U }, U, false],
    [{ attitude: VS, guidance: VS, time: U, cost: U }, U, false],
    [{ attitude: S, guidance: U, time: U, cost: VS, visits: U }, U, false],
  ] as const)('%j is %s overall', (scores, overall, satisfied) => {
    expect(overallLevel(scores)).toBe(overall);
    expect(isSatisfied(overallLevel(scores))).toBe(satisfied);
  });

  it('follows the answers: one more "not satisfied" never raises it, a majority of them makes it so', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(VS, S, U), { minLength: 1, maxLength: 5 }), (levels) => {
        const scores = Object.fromEntries(levels.map((l, i) => [RatingCriterion.options[i], l]));
        const unsatisfied = levels.filter((l) => l === U).length;
        expect(overallLevel(scores) === U).toBe(unsatisfied * 2 >= levels.length);
        if (levels.every((l) => l === levels[0])) expect(overallLevel(scores)).toBe(levels[0]);
      }),
    );
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
      formReference: null,
      scores: { attitude: 'satisfied' },
      comment: null,
    });
    expect(
      WebRatingRequest.safeParse({ code: '000.00.01.H49-261125-0001', scores: { attitude: 'satisfied' } }).success,
    ).toBe(false);
  });
});
