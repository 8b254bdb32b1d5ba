import type { RatingCriterion, RatingLevel } from '@motcua/core';
import type { StaffRatingInput } from '../../api/ratings.ts';

/** The counter's entry of a paper form or a mailbox letter. */
export type RatingEntryValues = {
  channel?: 'paper' | 'mailbox';
  formReference?: string;
  dossierCode?: string;
  scores?: Partial<Record<RatingCriterion, RatingLevel>>;
  comment?: string;
};

/** The request for what was typed, or null when no criterion was chosen (at least one is needed). */
export function toStaffRatingRequest(values: RatingEntryValues): StaffRatingInput | null {
  const scores = Object.fromEntries(Object.entries(values.scores ?? {}).filter(([, level]) => level !== undefined));
  if (Object.keys(scores).length === 0) return null;
  const dossierCode = (values.dossierCode ?? '').trim().toUpperCase();
  return {
    channel: values.channel ?? 'paper',
    formReference: (values.formReference ?? '').trim() || null,
    dossierCode: dossierCode || null,
    scores,
    comment: values.comment?.trim() || null,
  };
}
