import { describe, expect, it } from 'vitest';
import { WebRatingRequest } from '@motcua/core';
import { lookupValuesOf, toLookupInput, toRatingRequest, type LookupValues } from './lookup-values.ts';

const CODE = '000.00.01.A01-250310-0001';

describe('toLookupInput', () => {
  it.each<[string, LookupValues, unknown]>([
    [
      'the secret, in capitals',
      { code: ` ${CODE.toLowerCase()} `, by: 'secret', key: ' ab3k9m ' },
      { code: CODE, secret: 'AB3K9M' },
    ],
    ['the phone digits', { code: CODE, by: 'phone', key: ' 5678 ' }, { code: CODE, phoneLast4: '5678' }],
    ['nothing typed', { by: 'secret' }, { code: '', secret: '' }],
  ])('looks up by %s', (_, values, input) => {
    expect(toLookupInput(values)).toEqual(input);
  });
});

describe('lookupValuesOf', () => {
  it.each<LookupValues>([
    { code: CODE, by: 'secret', key: 'AB3K9M' },
    { code: CODE, by: 'phone', key: '5678' },
  ])('fills the form with a look-up that reads back the same (%j)', (values) => {
    expect(lookupValuesOf(toLookupInput(values))).toEqual(values);
  });

  it('fills an empty key when the address has neither', () => {
    expect(lookupValuesOf({ code: CODE })).toEqual({ code: CODE, by: 'secret', key: '' });
  });
});

describe('toRatingRequest', () => {
  it('sends the criteria chosen and the comment trimmed, as the API takes them', () => {
    const request = toRatingRequest(CODE, 'AB3K9M', {
      scores: { attitude: 'satisfied', time: undefined },
      comment: '  Cán bộ nhiệt tình ',
    });
    expect(request).toEqual({
      code: CODE,
      secret: 'AB3K9M',
      scores: { attitude: 'satisfied' },
      comment: 'Cán bộ nhiệt tình',
    });
    expect(WebRatingRequest.safeParse(request).success).toBe(true);
  });

  it.each([{}, { scores: {} }, { scores: { cost: undefined } }, { comment: 'Chỉ có ý kiến' }])(
    'asks for a criterion first when none is chosen (%j)',
    (values) => {
      expect(toRatingRequest(CODE, 'AB3K9M', values)).toBeNull();
    },
  );

  it('sends a blank comment as none', () => {
    expect(toRatingRequest(CODE, 'AB3K9M', { scores: { attitude: 'satisfied' }, comment: '   ' })?.comment).toBeNull();
  });
});
