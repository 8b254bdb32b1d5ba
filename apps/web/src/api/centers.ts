import { useQuery } from '@tanstack/react-query';
import { PublicCenter } from '@motcua/core';
import { apiJson } from './client.ts';

/** Centers change only by the admin's hand: every list of them lives under this key and a change invalidates it. */
export const CENTER_QUERY_KEY = ['centers'] as const;

const CenterList = PublicCenter.array();

/** Every center, open or closed, province first then by code (public `GET /api/v1/centers`). */
export function useCenters() {
  return useQuery({
    queryKey: CENTER_QUERY_KEY,
    queryFn: ({ signal }) => apiJson('/centers', CenterList, { signal }),
    staleTime: 5 * 60_000,
  });
}
