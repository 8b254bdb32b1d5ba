import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  CitizenProfile,
  CodeSent,
  IdentityProviderInfo,
  Me,
  SessionInfo,
  type DeleteAccountRequest,
  type PasswordResetConfirm,
  type PasswordResetRequest,
  type RegisterRequest,
  type UpdateProfileRequest,
  type VerifyRegistrationRequest,
} from '@motcua/core';
import { apiJson, apiVoid } from './client.ts';
import { ME_QUERY_KEY } from './useMe.ts';

const PROFILE_KEY = ['my', 'profile'] as const;
const SESSIONS_KEY = ['auth', 'sessions'] as const;
const SessionList = SessionInfo.array();

/** Whether the national identity log-in is offered; public, and it changes only with the server's settings. */
export function useIdentityProvider() {
  return useQuery({
    queryKey: ['auth', 'identity-provider'],
    queryFn: ({ signal }) => apiJson('/auth/identity-provider', IdentityProviderInfo, { signal }),
    staleTime: Infinity,
  });
}

/** The provider's log-in is a full-page visit: the server answers with a redirect, never JSON. */
export function identityStartUrl(returnTo: string, link = false): string {
  const params = new URLSearchParams({ returnTo });
  if (link) params.set('link', '1');
  return `/api/v1/auth/identity/start?${params.toString()}`;
}

/** Registration: the code goes by mail; the same answer whether the e-mail is known or not. */
export function useRegister() {
  return useMutation({
    mutationFn: (body: RegisterRequest) => apiJson('/auth/register', CodeSent, { method: 'POST', body }),
  });
}

/** The code proves the e-mail: the account is created and signed in (cookie), its user becomes `useMe`'s data. */
export function useVerifyRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VerifyRegistrationRequest) => apiJson('/auth/register/verify', Me, { method: 'POST', body }),
    onSuccess: (me) => queryClient.setQueryData(ME_QUERY_KEY, me),
  });
}

export function usePasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetRequest) => apiJson('/auth/password-reset', CodeSent, { method: 'POST', body }),
  });
}

/** Every session of the account ends (204): the user signs in again with the new password. */
export function usePasswordResetConfirm() {
  return useMutation({
    mutationFn: (body: PasswordResetConfirm) => apiVoid('/auth/password-reset/confirm', { method: 'POST', body }),
  });
}

export function useMyProfile() {
  return useQuery({
    queryKey: PROFILE_KEY,
    queryFn: ({ signal }) => apiJson('/my/profile', CitizenProfile, { signal }),
  });
}

/** The saved profile replaces the one read; `me` is read again since it carries the name. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileRequest) => apiJson('/my/profile', CitizenProfile, { method: 'PATCH', body }),
    onSuccess: (profile) => {
      queryClient.setQueryData(PROFILE_KEY, profile);
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}

/** The account is gone and its cookie cleared: everything read under it is forgotten. */
export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DeleteAccountRequest) => apiVoid('/my/account/delete', { method: 'POST', body }),
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, null);
    },
  });
}

export function useSessions() {
  return useQuery({
    queryKey: SESSIONS_KEY,
    queryFn: ({ signal }) => apiJson('/auth/sessions', SessionList, { signal }),
  });
}

/** Ends one session (`id`) or all but this one (no `id`); the list is read again. */
export function useEndSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id?: string) =>
      id
        ? apiVoid(`/auth/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' })
        : apiVoid('/auth/sessions/sign-out-others', { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}
