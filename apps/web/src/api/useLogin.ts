import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Me, type LoginRequest } from '@motcua/core';
import { apiJson } from './client.ts';
import { ME_QUERY_KEY } from './useMe.ts';

/** Signs in; the server sets the session cookie and answers with the user, which becomes `useMe`'s data. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => apiJson('/auth/login', Me, { method: 'POST', body }),
    onSuccess: (me) => {
      queryClient.setQueryData(ME_QUERY_KEY, me);
    },
  });
}
