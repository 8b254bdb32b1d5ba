import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CounterList, CounterSession } from '@motcua/core';
import { apiJson, apiVoid, isApiError } from './client.ts';

/** The center's counters and the officer's session at one: a sign-in or sign-out refreshes both. */
export const COUNTER_QUERY_KEY = ['counters'] as const;

export const counterKeys = {
  list: () => [...COUNTER_QUERY_KEY, 'list'] as const,
  session: () => [...COUNTER_QUERY_KEY, 'session'] as const,
};

/** The counter the officer sits at, or null when none (404 `counter.not_signed_in`). */
async function fetchSession({ signal }: { signal: AbortSignal }): Promise<CounterSession | null> {
  try {
    return await apiJson('/counters/session', CounterSession, { signal });
  } catch (error) {
    if (isApiError(error, 404)) return null;
    throw error;
  }
}

export function useCounterSession() {
  return useQuery({ queryKey: counterKeys.session(), queryFn: fetchSession });
}

/** The center's counters by number, with who sits at each now; asked only while the officer is choosing. */
export function useCounterList(enabled: boolean) {
  return useQuery({
    queryKey: counterKeys.list(),
    queryFn: ({ signal }) => apiJson('/counters', CounterList, { signal }),
    enabled,
    staleTime: 30_000,
  });
}

/** Sits at a counter (leaving the previous one); 409 `counter.occupied` names who sits there. */
export function useCounterSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (counterId: string) =>
      apiJson(`/counters/${encodeURIComponent(counterId)}/session`, CounterSession, { method: 'POST' }),
    onSuccess: (session) => {
      queryClient.setQueryData(counterKeys.session(), session);
      void queryClient.invalidateQueries({ queryKey: counterKeys.list() });
    },
  });
}

export function useCounterSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiVoid('/counters/session', { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.setQueryData(counterKeys.session(), null);
      void queryClient.invalidateQueries({ queryKey: counterKeys.list() });
    },
  });
}
