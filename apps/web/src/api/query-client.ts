import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { problemCodeOf } from '@motcua/core';
import { isApiError } from './client.ts';
import { ME_QUERY_KEY } from './useMe.ts';

/** Retries only what may succeed on a second try: no answer at all, or a 5xx. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status >= 500;
}

/**
 * DESIGN §13: the server refuses every request of a user whose temporary password is not changed yet
 * (403 `auth.password_change_required`), e.g. after the admin reset it during their session. `me` is read again:
 * its `mustChangePassword` then sends every page to the change page.
 */
function onPasswordChangeRequired(client: () => QueryClient) {
  return (error: unknown) => {
    if (isApiError(error, 403) && problemCodeOf(error.problem.type) === 'auth.password_change_required')
      void client().invalidateQueries({ queryKey: ME_QUERY_KEY });
  };
}

export function createQueryClient(): QueryClient {
  const onError = onPasswordChangeRequired(() => queryClient);
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
