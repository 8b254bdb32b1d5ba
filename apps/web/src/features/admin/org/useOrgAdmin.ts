import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { CENTER_QUERY_KEY } from '../../../api/centers.ts';
import { apiJson, queryString, type RequestOptions } from '../../../api/client.ts';
import {
  AgencyPage,
  AuditPage,
  CounterPage,
  OfficerPage,
  orgKeys,
  orgPaths,
  ORG_QUERY_KEY,
  SetupAnswer,
  type AgencySearch,
  type AuditSearch,
  type OfficerSearch,
} from './org-api.ts';

/** The five steps of a new province and their state (admin). */
export function useSetupSteps() {
  return useQuery({
    queryKey: orgKeys.setup(),
    queryFn: ({ signal }) => apiJson('/admin/setup', SetupAnswer, { signal }),
  });
}

export function useAgencyPage(search: AgencySearch) {
  return useQuery({
    queryKey: orgKeys.agencies(search),
    queryFn: ({ signal }) => apiJson(`/admin/agencies?${queryString(search)}`, AgencyPage, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The agencies in force, for the pickers of the officer, counter and successor forms (at most 100, by code). */
export const useAgencyOptions = () => useAgencyPage({ page: 1, pageSize: 100 });

export function useOfficerPage(search: OfficerSearch) {
  return useQuery({
    queryKey: orgKeys.officers(search),
    queryFn: ({ signal }) => apiJson(`/users?${queryString(search)}`, OfficerPage, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCounterPage(centerId: string | undefined, includeClosed: boolean, page: number, pageSize: number) {
  return useQuery({
    queryKey: orgKeys.counters(centerId ?? '', includeClosed, page),
    queryFn: ({ signal }) =>
      apiJson(
        `${orgPaths.centerCounters(centerId ?? '')}?${queryString({ includeClosed, page, pageSize })}`,
        CounterPage,
        { signal },
      ),
    enabled: centerId !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useAuditPage(search: AuditSearch) {
  return useQuery({
    queryKey: orgKeys.audit(search),
    queryFn: ({ signal }) => apiJson(`/admin/audit?${queryString(search)}`, AuditPage, { signal }),
    placeholderData: keepPreviousData,
  });
}

/**
 * One administrative command: its answer parsed with `schema`. Every list of the organisation, the setup steps,
 * the audit and the public centers (the header's name) are read again after it, without waiting.
 */
export function useOrgCommand<S extends z.ZodType, V>(
  schema: S,
  request: (variables: V) => { path: string; method?: RequestOptions['method']; body?: unknown },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => {
      const { path, method = 'POST', body } = request(variables);
      return apiJson(path, schema, { method, body });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ORG_QUERY_KEY });
      void queryClient.invalidateQueries({ queryKey: CENTER_QUERY_KEY });
    },
  });
}
