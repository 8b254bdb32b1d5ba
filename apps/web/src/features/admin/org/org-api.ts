import { z } from 'zod';
import {
  AgencyDetail,
  AuditEntry,
  CounterDetail,
  Officer,
  pageOf,
  SETUP_STEPS,
  type AgencyListQuery,
  type AuditQuery,
  type OfficerListQuery,
} from '@motcua/core';

/** Every organisation answer lives under this key: any change of the admin's invalidates them all. */
export const ORG_QUERY_KEY = ['org'] as const;

/** `GET /api/v1/admin/setup`: core's `setupSteps`, as the server computed them. */
export const SetupAnswer = z.object({
  steps: z.array(z.object({ key: z.enum(SETUP_STEPS), count: z.int(), done: z.boolean(), ready: z.boolean() })),
});
export const AgencyPage = pageOf(AgencyDetail);
export const OfficerPage = pageOf(Officer);
export const CounterPage = pageOf(CounterDetail);
export const AuditPage = pageOf(AuditEntry);

/** The queries of the lists as the pages hold them; empty filters are left out of the query string. */
export type AgencySearch = Partial<AgencyListQuery> & { page: number; pageSize: number };
export type OfficerSearch = Partial<OfficerListQuery> & { page: number; pageSize: number };
export type AuditSearch = Partial<AuditQuery> & { page: number; pageSize: number };

export const orgKeys = {
  setup: () => [...ORG_QUERY_KEY, 'setup'] as const,
  agencies: (search: AgencySearch) => [...ORG_QUERY_KEY, 'agencies', search] as const,
  officers: (search: OfficerSearch) => [...ORG_QUERY_KEY, 'officers', search] as const,
  counters: (centerId: string, includeClosed: boolean, page: number) =>
    [...ORG_QUERY_KEY, 'counters', centerId, includeClosed, page] as const,
  audit: (search: AuditSearch) => [...ORG_QUERY_KEY, 'audit', search] as const,
  importJob: (id: string | null) => [...ORG_QUERY_KEY, 'import', id] as const,
};

const id = (value: string) => encodeURIComponent(value);
export const orgPaths = {
  center: (centerId: string) => `/centers/${id(centerId)}`,
  agency: (agencyId: string) => `/agencies/${id(agencyId)}`,
  centerCounters: (centerId: string) => `/centers/${id(centerId)}/counters`,
  counter: (counterId: string) => `/counters/${id(counterId)}`,
  officer: (userId: string) => `/users/${id(userId)}`,
  importJob: (jobId: string) => `/officer-imports/${id(jobId)}`,
  /** Opened by the browser (a download), not fetched by the app. */
  exportXlsx: '/api/v1/users/export.xlsx',
};
