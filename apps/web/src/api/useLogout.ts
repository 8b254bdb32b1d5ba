import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiVoid, isApiError } from './client.ts';
import { ME_QUERY_KEY } from './useMe.ts';

async function logout(): Promise<void> {
  try {
    await apiVoid('/auth/logout', { method: 'POST' });
  } catch (error) {
    // A session that has already expired is as good as a logged-out one.
    if (!isApiError(error, 401)) throw error;
  }
}

/** Signs out and forgets everything read under the old session. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, null);
    },
  });
}
