import { z } from 'zod';
import { LocalDate } from '../calendar/local-date.ts';
import { Cccd, Email, MobilePhoneInput } from '../dossier/identity.ts';
import { requiredText } from '../validation.ts';

/** An e-mail as accounts keep it: trimmed, lower-case (one account per address, whatever its case). */
export const AccountEmail = z
  .string()
  .trim()
  .transform((e) => e.toLowerCase())
  .pipe(Email);

/** A six-digit one-time code as typed (spaces tolerated: `123 456`). */
export const OneTimeCodeInput = z
  .string()
  .transform((c) => c.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'account.code_format'));

/** The person an account holds (DESIGN §14: personal data, shown in full to its owner only). */
export const CitizenPersonInput = z.object({
  fullName: requiredText(150),
  cccd: Cccd,
  phone: MobilePhoneInput,
  birthDate: LocalDate,
  address: requiredText(300),
});
export type CitizenPersonInput = z.infer<typeof CitizenPersonInput>;

/** `POST /api/v1/auth/register` (public): the password policy of DESIGN §13 applies to `password`. */
export const RegisterRequest = CitizenPersonInput.extend({
  email: AccountEmail,
  password: z.string().max(200, 'validation.too_long'),
});
export type RegisterRequest = z.infer<typeof RegisterRequest>;

/**
 * The answer to a registration or a reset request, alike whether the address has an account or not (no one learns
 * who is registered): the code went by mail; `id` is what the code is checked against.
 */
export const CodeSent = z.object({ id: z.uuid(), email: z.string(), expiresAt: z.iso.datetime({ offset: true }) });
export type CodeSent = z.infer<typeof CodeSent>;

/** `POST /api/v1/auth/register/verify`: the code proves the e-mail; the account is created and signed in. */
export const VerifyRegistrationRequest = z.object({ id: z.uuid(), code: OneTimeCodeInput });
export type VerifyRegistrationRequest = z.infer<typeof VerifyRegistrationRequest>;

/** `POST /api/v1/auth/password-reset` (public). */
export const PasswordResetRequest = z.object({ email: AccountEmail });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

/** `POST /api/v1/auth/password-reset/confirm` (public): every session of the account ends. */
export const PasswordResetConfirm = z.object({
  id: z.uuid(),
  code: OneTimeCodeInput,
  newPassword: z.string().max(200, 'validation.too_long'),
});
export type PasswordResetConfirm = z.infer<typeof PasswordResetConfirm>;

/** `GET /api/v1/my/profile`: the citizen's own account, in full. */
export const CitizenProfile = z.object({
  username: z.string(),
  email: z.string().nullable(),
  emailVerified: z.boolean(),
  fullName: z.string(),
  cccd: z.string().nullable(),
  phone: z.string().nullable(),
  birthDate: LocalDate.nullable(),
  address: z.string().nullable(),
  /** Proven by the national identity log-in (DESIGN §15); then name, number and birth date are the state's. */
  identityVerified: z.boolean(),
  identityVerifiedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Whether a password signs this account in (an account made by the identity log-in has none). */
  hasPassword: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type CitizenProfile = z.infer<typeof CitizenProfile>;

/** `PATCH /api/v1/my/profile`: what is given changes; a verified identity's fields cannot. */
export const UpdateProfileRequest = CitizenPersonInput.partial();
export type UpdateProfileRequest = z.infer<typeof UpdateProfileRequest>;

/** `POST /api/v1/my/account/delete`: the password when the account has one, as a deliberate act. */
export const DeleteAccountRequest = z.object({ password: z.string().max(200).optional() });
export type DeleteAccountRequest = z.infer<typeof DeleteAccountRequest>;

/** One of the signed-in user's sessions (`GET /api/v1/auth/sessions`). */
export const SessionInfo = z.object({
  id: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  device: z.string().nullable(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

/** `GET /api/v1/auth/identity-provider` (public): whether the national identity log-in is offered, and its name. */
export const IdentityProviderInfo = z.object({
  enabled: z.boolean(),
  label: z.string(),
  /** A local provider for trying the flow (demo, tests): every page of it says so. */
  test: z.boolean(),
});
export type IdentityProviderInfo = z.infer<typeof IdentityProviderInfo>;
