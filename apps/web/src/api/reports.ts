import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  NationalIndexReport,
  ReportExport,
  ResolutionReport,
  type CenterLevel,
  type LocalDate,
  type ReportExportRequest,
  type ReportGrouping,
} from '@motcua/core';
import { API_BASE, apiJson, queryString } from './client.ts';

export const REPORT_QUERY_KEY = ['reports'] as const;

type Period = { from: LocalDate; to: LocalDate };

/**
 * Biểu II.06a as a page asks for it: a period, rows by agency, field or receiving center, merged agencies rolled up
 * or not, and the dossiers received at one center or at the centers of one level (DESIGN §13).
 */
export type ResolutionSearch = Period & {
  by: ReportGrouping;
  rollup: boolean;
  center?: string | undefined;
  level?: CenterLevel | undefined;
};
export type NationalIndexSearch = Period & { agency?: string };

/** `GET /reports/national-index`: the QĐ 766 index of the province or of one agency, for a period. */
export type NationalIndexAnswer = NationalIndexReport;

export const reportKeys = {
  resolution: (search: ResolutionSearch) => [...REPORT_QUERY_KEY, 'resolution', search] as const,
  nationalIndex: (search: NationalIndexSearch) => [...REPORT_QUERY_KEY, 'national-index', search] as const,
  publicResolution: (period: Period) => [...REPORT_QUERY_KEY, 'public', period] as const,
  export: (id: string | null) => [...REPORT_QUERY_KEY, 'export', id] as const,
};

/** How often a running export is read again. */
const EXPORT_POLL_MS = 1000;

/** The query of the report, its Excel and its PDF alike: the three give the same figures (DESIGN §8). */
const resolutionQuery = ({ from, to, by, rollup, center, level }: ResolutionSearch) =>
  queryString({ from, to, by, rollup: rollup ? 1 : undefined, center, level });

export function useResolutionReport(search: ResolutionSearch) {
  return useQuery({
    queryKey: reportKeys.resolution(search),
    queryFn: ({ signal }) => apiJson(`/reports/resolution?${resolutionQuery(search)}`, ResolutionReport, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useNationalIndex(search: NationalIndexSearch) {
  return useQuery({
    queryKey: reportKeys.nationalIndex(search),
    queryFn: ({ signal }) => apiJson(`/reports/national-index?${queryString(search)}`, NationalIndexReport, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Each agency's figures of the whole province, for citizens (public). */
export function usePublicResolution(period: Period) {
  return useQuery({
    queryKey: reportKeys.publicResolution(period),
    queryFn: ({ signal }) => apiJson(`/public/resolution?${queryString(period)}`, ResolutionReport, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** `POST /reports/exports`: starts a long export (issue 7); its first state is kept as the job's query data. */
export function useStartReportExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ReportExportRequest) =>
      apiJson('/reports/exports', ReportExport, { method: 'POST', body: request }),
    onSuccess: (job) => queryClient.setQueryData(reportKeys.export(job.id), job),
  });
}

/** An export job, read every second while it runs, then left alone. */
export function useReportExport(id: string | null) {
  return useQuery({
    queryKey: reportKeys.export(id),
    queryFn: ({ signal }) => apiJson(`/reports/exports/${encodeURIComponent(id ?? '')}`, ReportExport, { signal }),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? EXPORT_POLL_MS : false),
  });
}

/** The report's files, downloaded by the browser with the same query as the screen. */
export const reportFiles = {
  resolutionXlsx: (search: ResolutionSearch) => `${API_BASE}/reports/resolution.xlsx?${resolutionQuery(search)}`,
  resolutionPdf: (search: ResolutionSearch) => `${API_BASE}/reports/resolution.pdf?${resolutionQuery(search)}`,
  exportFile: (id: string) => `${API_BASE}/reports/exports/${encodeURIComponent(id)}/file`,
};
