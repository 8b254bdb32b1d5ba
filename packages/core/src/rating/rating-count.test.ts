import { describe, expect, it } from 'vitest';
import { COUNTED_WITHOUT_DOSSIER, countsInIndex } from './rating-count.ts';
import { isStaffEntered, RatingChannel, StaffRatingRequest } from './rating.ts';

describe('which ratings count in the satisfaction index (issue 15 item 9)', () => {
  // The rule written a second time, by hand: channel × linked to a dossier → counted.
  it.each([
    ['web', true, true],
    ['web', false, true],
    ['tablet', true, true],
    ['tablet', false, true],
    ['paper', true, true],
    ['paper', false, false],
    ['mailbox', true, true],
    ['mailbox', false, false],
  ] as const)('%s, linked %s → counted %s', (channel, dossierLinked, counted) => {
    expect(countsInIndex({ channel, dossierLinked })).toBe(counted);
  });

  it('the channels the queries count without a dossier are exactly those the rule counts unlinked', () => {
    const unlinked = RatingChannel.options.filter((channel) => countsInIndex({ channel, dossierLinked: false }));
    expect(unlinked).toEqual([...COUNTED_WITHOUT_DOSSIER]);
    expect(RatingChannel.options.filter(isStaffEntered)).toEqual(['paper', 'mailbox']);
  });
});

describe('a staff-entered rating carries the form reference', () => {
  const scores = { attitude: 'satisfied' };
  it.each([
    [{ channel: 'paper', scores }, ['formReference:rating.form_reference_required']],
    [{ channel: 'mailbox', scores, formReference: '   ' }, ['formReference:rating.form_reference_required']],
    [{ channel: 'paper', scores, formReference: ' PG-2026/0041 ' }, []],
    [{ channel: 'tablet', scores }, []],
    [{ channel: 'paper', scores, formReference: 'x'.repeat(61) }, ['formReference:too_big']],
  ])('%j → %j', (body, issues) => {
    const result = StaffRatingRequest.safeParse(body);
    const found = result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join('.')}:${i.code === 'custom' ? i.message : i.code}`);
    expect(found).toEqual(issues);
  });

  it('keeps the reference trimmed', () => {
    expect(StaffRatingRequest.parse({ channel: 'paper', scores, formReference: ' PG-1 ' }).formReference).toBe('PG-1');
  });
});
