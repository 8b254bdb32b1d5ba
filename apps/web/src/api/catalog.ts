import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  AgencyWithCount,
  FieldWithCount,
  ProcedureDetail,
  ProcedureList,
  type ProcedureSearchQuery,
} from '@motcua/core';
import { apiJson, queryString } from './client.ts';

/** Every catalog answer lives under this key: a change to the catalog invalidates them all. */
export const CATALOG_QUERY_KEY = ['catalog'] as const;

/** The search as the page holds it: the query of `GET /procedures`, each filter optional. */
export type ProcedureSearch = Partial<Omit<ProcedureSearchQuery, 'page' | 'pageSize'>> & {
  page: number;
  pageSize: number;
};

export const catalogKeys = {
  search: (search: ProcedureSearch) => [...CATALOG_QUERY_KEY, 'search', search] as const,
  procedure: (code: string) => [...CATALOG_QUERY_KEY, 'procedure', code] as const,
  agencies: () => [...CATALOG_QUERY_KEY, 'agencies'] as const,
  fields: (agency: string | undefined) => [...CATALOG_QUERY_KEY, 'fields', agency ?? null] as const,
  versions: (code: string) => [...CATALOG_QUERY_KEY, 'versions', code] as const,
  version: (code: string, version: number) => [...CATALOG_QUERY_KEY, 'version', code, version] as const,
};

const AgencyList = AgencyWithCount.array();
const FieldList = FieldWithCount.array();

/** One page of the procedures in force that match, in the server's order; the previous page stays shown while the next loads. */
export function useProcedureSearch(search: ProcedureSearch) {
  return useQuery({
    queryKey: catalogKeys.search(search),
    queryFn: ({ signal }) => apiJson(`/procedures?${queryString(search)}`, ProcedureList, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The version of a procedure in force today, with its agency, field, step schedule and partners (public). */
export function useProcedure(code: string, enabled = true) {
  return useQuery({
    queryKey: catalogKeys.procedure(code),
    queryFn: ({ signal }) => apiJson(`/procedures/${encodeURIComponent(code)}`, ProcedureDetail, { signal }),
    staleTime: 60_000,
    enabled: enabled && code !== '',
  });
}

/** The agencies in force today with how many procedures each has (public). */
export function useAgencies() {
  return useQuery({
    queryKey: catalogKeys.agencies(),
    queryFn: ({ signal }) => apiJson('/agencies', AgencyList, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The fields of one agency, or of all of them, with their procedure counts (public). */
export function useFields(agency: string | undefined) {
  return useQuery({
    queryKey: catalogKeys.fields(agency),
    queryFn: ({ signal }) =>
      apiJson(agency ? `/fields?agency=${encodeURIComponent(agency)}` : '/fields', FieldList, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** Paths of files the server makes (opened or downloaded by the browser, not fetched by the app). */
export const catalogFiles = {
  checklistPdf: (code: string) => `/api/v1/procedures/${encodeURIComponent(code)}/checklist.pdf`,
  exportXlsx: '/api/v1/catalog/export.xlsx',
};
