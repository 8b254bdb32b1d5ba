import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { CreateDelegationRequest, DelegationList, DelegationView } from '@motcua/core';
import { apiJson, queryString } from './client.ts';
import { OFFICER_QUERY_KEY } from './officers.ts';

export const DELEGATION_QUERY_KEY = ['delegations'] as const;

/** What the form sends: instants as ISO text with their offset. */
export type CreateDelegationInput = z.input<typeof CreateDelegationRequest>;

/** A page of the head's agency's delegations, newest first. */
export function useDelegations(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...DELEGATION_QUERY_KEY, page, pageSize],
    queryFn: ({ signal }) => apiJson(`/delegations?${queryString({ page, pageSize })}`, DelegationList, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** A new or cancelled delegation changes the list and who is absent in every officer picker. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: DELEGATION_QUERY_KEY }),
      queryClient.invalidateQueries({ queryKey: OFFICER_QUERY_KEY }),
    ]);
}

export function useCreateDelegation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: { request: CreateDelegationInput; idempotencyKey: string }) =>
      apiJson('/delegations', DelegationView, {
        method: 'POST',
        body: request,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    onSuccess: invalidate,
  });
}

/** Ends a delegation that has not ended yet (409 when it has, or when someone cancelled it first). */
export function useCancelDelegation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) =>
      apiJson(`/delegations/${encodeURIComponent(id)}/cancel`, DelegationView, { method: 'POST' }),
    onSettled: invalidate,
  });
}
