import {
  PROBLEMS,
  problemCodeOf,
  PROBLEM_TYPE_PREFIX,
  type CitizenProfile,
  type Language,
  type RegisterRequest,
  type UpdateProfileRequest,
} from '@motcua/core';

/** The registration form: the request's fields and the password's repeat (the form's own check). */
export type RegisterValues = RegisterRequest & { repeat: string };

/** The body of `POST /auth/register`: the repeat is never sent; the date box already gives `YYYY-MM-DD`. */
export function registerRequestOf({ repeat: _repeat, ...request }: RegisterValues): RegisterRequest {
  return { ...request, email: request.email.trim(), fullName: request.fullName.trim(), cccd: request.cccd.trim() };
}

/** The reset's second step: the mailed code and the new password twice. */
export type ResetConfirmValues = { code: string; newPassword: string; repeat: string };

export const resetConfirmOf = (id: string, { code, newPassword }: ResetConfirmValues) => ({ id, code, newPassword });

/** The profile form: the person's fields as the form edits them (a missing value is an empty box). */
export type ProfileValues = { fullName: string; cccd: string; phone: string; birthDate: string; address: string };

/** Proven by the national identity log-in (DESIGN §15): the state's, never edited by the citizen. */
export const IDENTITY_FIELDS = ['fullName', 'cccd', 'birthDate'] as const satisfies readonly (keyof ProfileValues)[];

export const profileValuesOf = (profile: CitizenProfile): ProfileValues => ({
  fullName: profile.fullName,
  cccd: profile.cccd ?? '',
  phone: profile.phone ?? '',
  birthDate: profile.birthDate ?? '',
  address: profile.address ?? '',
});

/**
 * The body of `PATCH /my/profile`: only what changed, so an unchanged identity field of a verified account is not
 * sent (the server would refuse it, 409 `account.identity_locked`), and never a locked one.
 */
export function profilePatchOf(profile: CitizenProfile, values: ProfileValues): UpdateProfileRequest {
  const before = profileValuesOf(profile);
  const locked: readonly string[] = profile.identityVerified ? IDENTITY_FIELDS : [];
  const patch: Record<string, string> = {};
  for (const key of Object.keys(before) as (keyof ProfileValues)[]) {
    const value = values[key].trim();
    if (!locked.includes(key) && value !== before[key]) patch[key] = value;
  }
  return patch;
}

/**
 * The words of a failed identity log-in, from the `?loi=` the server's redirect carries; a code that is not a known
 * problem (typed by hand) reads as the generic failure rather than as itself.
 */
export function identityFailureTitle(code: string | null, language: Language): string | null {
  if (!code) return null;
  const known = problemCodeOf(`${PROBLEM_TYPE_PREFIX}${code}`) ?? 'identity.login_failed';
  return PROBLEMS[known].title[language];
}

/** '1990-05-12' → '12/05/1990', as Vietnamese forms write a date. */
export const formatLocalDate = (date: string): string => date.split('-').reverse().join('/');
