import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Dashboard, DashboardDossierPage, type DashboardDossiersQuery } from '@motcua/core';
import { API_BASE, apiJson, queryString } from './client.ts';

/** Every answer of the dashboard lives under this key: a change heard on the stream invalidates them all. */
export const DASHBOARD_QUERY_KEY = ['dashboard'] as const;

export const dashboardKeys = {
  figures: (agency: string | undefined) => [...DASHBOARD_QUERY_KEY, 'figures', agency ?? null] as const,
  dossiers: (query: DashboardDossiersQuery | null) => [...DASHBOARD_QUERY_KEY, 'dossiers', query] as const,
};

/** Changes come in bursts (a counter's queue, a batch of approvals): one reload for each burst. */
const BURST_MS = 300;
/** "Now" figures also move with time alone (a dossier becomes overdue at its due moment). */
const REFRESH_MS = 60_000;

/** The dashboard of the whole province, or of one agency (a director's choice; an agency head always sees their own). */
export function useDashboard(agency: string | undefined) {
  return useQuery({
    queryKey: dashboardKeys.figures(agency),
    queryFn: ({ signal }) => apiJson(`/dashboard?${queryString({ agency })}`, Dashboard, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
  });
}

/** One page of the dossiers a figure counts; asked only while a figure is open. */
export function useDashboardDossiers(query: DashboardDossiersQuery | null) {
  return useQuery({
    queryKey: dashboardKeys.dossiers(query),
    queryFn: ({ signal }) =>
      apiJson(`/dashboard/dossiers?${queryString({ ...query })}`, DashboardDossierPage, { signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/**
 * Listens to the server's events (`GET /dashboard/stream`, the session cookie of the same origin) and
 * reloads the dashboard's answers when a dossier moves. EventSource reconnects by itself; after a
 * reconnection the figures are reloaded too, for what moved while the line was down.
 * Returns whether the stream is connected now.
 */
export function useDashboardStream(): boolean {
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    const source = new EventSource(`${API_BASE}/dashboard/stream`);
    let burst: ReturnType<typeof setTimeout> | undefined;
    let connectedBefore = false;
    const reload = () => {
      burst ??= setTimeout(() => {
        burst = undefined;
        void queryClient.invalidateQueries({ queryKey: DASHBOARD_QUERY_KEY });
      }, BURST_MS);
    };
    source.addEventListener('ready', () => {
      setLive(true);
      if (connectedBefore) reload();
      connectedBefore = true;
    });
    source.addEventListener('changed', reload);
    source.addEventListener('error', () => setLive(false));
    return () => {
      clearTimeout(burst);
      source.close();
    };
  }, [queryClient]);
  return live;
}
