import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordRequest, SetupPasswordRequest } from '@motcua/core';
import { apiVoid } from './client.ts';
import { ME_QUERY_KEY } from './useMe.ts';

/** Changes the signed-in user's password (204); `me` is read again, now without `mustChangePassword`. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => apiVoid('/auth/password', { method: 'POST', body }),
    onSuccess: () => queryClient.refetchQueries({ queryKey: ME_QUERY_KEY }),
  });
}

/** Chooses a password with the e-mailed link's token (public, one use). */
export function useSetupPassword() {
  return useMutation({
    mutationFn: (body: SetupPasswordRequest) => apiVoid('/auth/password/setup', { method: 'POST', body }),
  });
}
