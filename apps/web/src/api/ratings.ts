import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  RatingView,
  StaffRatingRequest,
  WebRatingRequest,
  WebRatingStatus,
  type WebRatingStatusQuery,
} from '@motcua/core';
import { apiJson } from './client.ts';

/** What the counter sends for a paper form or a letter: the schema's input. */
export type StaffRatingInput = z.input<typeof StaffRatingRequest>;

/** What the look-up page sends: the schema's input (the comment may be left out). */
export type WebRatingInput = z.input<typeof WebRatingRequest>;

const statusKey = (key: WebRatingStatusQuery) => ['lookup-rating', key.code, key.secret] as const;

/** Whether the look-up's dossier is rated on the web already, and when: asked on every visit, a reload included. */
export function useWebRatingStatus(key: WebRatingStatusQuery) {
  return useQuery({
    queryKey: statusKey(key),
    queryFn: ({ signal }) =>
      apiJson(`/lookup/rating?${new URLSearchParams(key).toString()}`, WebRatingStatus, { signal }),
    retry: false,
  });
}

/** The citizen's rating of a returned dossier, by its code and the receipt's secret (DESIGN §7): once per dossier. */
export function useWebRating() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: WebRatingInput) => apiJson('/lookup/rating', RatingView, { method: 'POST', body: request }),
    // Rated here or, as a 409 says, elsewhere: the status now answers with its date.
    onSettled: (_data, _error, request) => client.invalidateQueries({ queryKey: statusKey(request) }),
  });
}

/** A paper form or mailbox letter typed in at the counter (DESIGN §7), with its reference: counted only when linked. */
export function useStaffRating() {
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: { request: StaffRatingInput; idempotencyKey: string }) =>
      apiJson('/ratings', RatingView, {
        method: 'POST',
        body: request,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
  });
}
