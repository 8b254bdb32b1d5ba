import { useQuery } from '@tanstack/react-query';
import { Me } from '@motcua/core';
import { apiJson, isApiError } from './client.ts';

export const ME_QUERY_KEY = ['me'] as const;

/** The signed-in user, or null when nobody is signed in (401 auth.unauthenticated). */
async function fetchMe({ signal }: { signal: AbortSignal }): Promise<Me | null> {
  try {
    return await apiJson('/me', Me, { signal });
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 60_000 });
}
