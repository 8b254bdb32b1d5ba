import type { RatingCriterion, RatingLevel } from '@motcua/core';
import type { LookupInput } from '../../api/dossiers.ts';
import type { WebRatingInput } from '../../api/ratings.ts';

/** The look-up form: the code with the receipt's secret, or with the phone's last 4 digits (`key` is either). */
export type LookupValues = { code?: string; by: 'secret' | 'phone'; key?: string };

/** The look-up for what was typed: codes and secrets are printed in capitals, typed as they come. */
export function toLookupInput(values: LookupValues): LookupInput {
  const code = (values.code ?? '').trim().toUpperCase();
  const key = (values.key ?? '').trim();
  return values.by === 'phone' ? { code, phoneLast4: key } : { code, secret: key.toUpperCase() };
}

/** The form filled from a look-up in the address (a scanned receipt's QR). */
export function lookupValuesOf(input: LookupInput): LookupValues {
  return {
    code: input.code,
    by: input.phoneLast4 ? 'phone' : 'secret',
    key: input.phoneLast4 ?? input.secret ?? '',
  };
}

/** The rating form: a level for some of the criteria, and a comment. */
export type RatingValues = { scores?: Partial<Record<RatingCriterion, RatingLevel>>; comment?: string };

/** The web rating for what was chosen, or null when no criterion was (at least one is needed). */
export function toRatingRequest(code: string, secret: string, values: RatingValues): WebRatingInput | null {
  const scores = Object.fromEntries(Object.entries(values.scores ?? {}).filter(([, level]) => level !== undefined));
  if (Object.keys(scores).length === 0) return null;
  return { code, secret, scores, comment: values.comment?.trim() || null };
}
