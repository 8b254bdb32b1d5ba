import { describe, expect, it } from 'vitest';
import { StaffRatingRequest } from '@motcua/core';
import { toStaffRatingRequest } from './rating-entry-values.ts';

describe('the counter’s entry of a paper form or letter', () => {
  it('sends the reference and the dossier as typed, trimmed, the code in capitals', () => {
    const request = toStaffRatingRequest({
      channel: 'mailbox',
      formReference: ' TH-12 ',
      dossierCode: ' 000.00.01.a01-261118-0001 ',
      scores: { attitude: 'satisfied', time: undefined },
      comment: '  ',
    });
    expect(request).toEqual({
      channel: 'mailbox',
      formReference: 'TH-12',
      dossierCode: '000.00.01.A01-261118-0001',
      scores: { attitude: 'satisfied' },
      comment: null,
    });
    expect(StaffRatingRequest.safeParse(request).success).toBe(true);
  });

  it('leaves a missing reference for the server to refuse on the field, and needs a criterion', () => {
    const request = toStaffRatingRequest({ channel: 'paper', scores: { cost: 'unsatisfied' } });
    expect(request).toMatchObject({ formReference: null, dossierCode: null });
    const refused = StaffRatingRequest.safeParse(request);
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['formReference', 'rating.form_reference_required'],
    ]);
    expect(toStaffRatingRequest({ channel: 'paper', formReference: 'P-1', scores: {} })).toBeNull();
  });
});
