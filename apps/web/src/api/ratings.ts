import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { RatingView, WebRatingRequest } from '@motcua/core';
import { apiJson } from './client.ts';

/** What the look-up page sends: the schema's input (the comment may be left out). */
export type WebRatingInput = z.input<typeof WebRatingRequest>;

/** The citizen's rating of a returned dossier, by its code and the receipt's secret (DESIGN §7): once per dossier. */
export function useWebRating() {
  return useMutation({
    mutationFn: (request: WebRatingInput) => apiJson('/lookup/rating', RatingView, { method: 'POST', body: request }),
  });
}
