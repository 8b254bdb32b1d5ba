import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PersonalDataAccessPage } from '@motcua/core';
import { apiJson, queryString } from './client.ts';

/** A page of the personal-data access log, newest first: the head's agency's, or the director's of all (DESIGN §14). */
export function usePersonalDataAccess(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['personal-data-access', page, pageSize],
    queryFn: ({ signal }) =>
      apiJson(`/personal-data-access?${queryString({ page, pageSize })}`, PersonalDataAccessPage, { signal }),
    placeholderData: keepPreviousData,
  });
}
