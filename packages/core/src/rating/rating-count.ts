import type { RatingChannel } from './rating.ts';

/**
 * Which ratings count in the satisfaction index (QĐ 766/QĐ-TTg: the share of ratings satisfied), written down
 * because anything that counts can be stuffed (issue 15 item 9: 30 paper forms entered by one officer lifted an
 * agency from 0.60 to 0.84). The rule:
 * 1. A web rating counts: the citizen opened a returned dossier with its code and the receipt's secret.
 * 2. A tablet rating counts: the citizen taps it at the counter, during the officer's counter session.
 * 3. A paper form or mailbox letter is typed in by staff, so it counts only when linked to a dossier of the
 *    rating's own agency at the rating's own center (the service copies both from the dossier, so a link implies
 *    them): one form per dossier and channel (unique index), and a dossier stands behind each counted form.
 *    Unlinked forms are stored and shown with their reference and the officer who entered them, never counted.
 */
export const COUNTED_WITHOUT_DOSSIER = ['web', 'tablet'] as const satisfies readonly RatingChannel[];

/** Whether a rating counts in the satisfaction index (rule above); the aggregation queries apply the same. */
export function countsInIndex(rating: { channel: RatingChannel; dossierLinked: boolean }): boolean {
  return rating.dossierLinked || (COUNTED_WITHOUT_DOSSIER as readonly RatingChannel[]).includes(rating.channel);
}
