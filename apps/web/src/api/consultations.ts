import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ConsultationList, type ConsultationListQuery } from '@motcua/core';
import { apiJson, queryString } from './client.ts';

export const CONSULTATION_QUERY_KEY = ['consultations'] as const;

/** What the consulted agency's inbox asks (the list query, every field as the URL keeps it). */
export type ConsultationSearch = ConsultationListQuery;

/** A page of what the caller's agency is consulted on, soonest deadline first; refreshed every minute as inboxes are. */
export function useConsultations(search: ConsultationSearch) {
  return useQuery({
    queryKey: [...CONSULTATION_QUERY_KEY, search],
    queryFn: ({ signal }) => apiJson(`/consultations?${queryString(search)}`, ConsultationList, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
