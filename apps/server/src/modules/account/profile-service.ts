import {
  isPastBirthDate,
  type CitizenProfile,
  type DeleteAccountRequest,
  type UpdateProfileRequest,
} from '@motcua/core';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { AuthService } from '../auth/auth-service.ts';
import { hashToken } from '../auth/auth-service.ts';
import { createSessionRepo } from '../auth/session-repo.ts';
import type { AccountDeps } from './account-deps.ts';
import { createCitizenRepo } from './citizen-repo.ts';

/** What the national identity log-in proved and the citizen may not change (DESIGN §15). */
const IDENTITY_FIELDS = ['fullName', 'cccd', 'birthDate'] as const;
/** How recent a sign-in must be to delete an account that has no password to confirm with. */
const RECENT_SIGN_IN_MS = 15 * 60_000;

/** The citizen's own profile and account (issue 18): read, change, delete. */
export function createProfileService(deps: AccountDeps & { auth: AuthService }) {
  const { db, now, auth } = deps;
  const citizens = createCitizenRepo(db);

  return {
    get: (user: SessionUser): Promise<CitizenProfile> => citizens.getProfile(user.id),

    async update(user: SessionUser, patch: UpdateProfileRequest): Promise<CitizenProfile> {
      const current = await citizens.getProfile(user.id);
      const locked = IDENTITY_FIELDS.filter((f) => patch[f] !== undefined && patch[f] !== current[f]);
      if (current.identityVerified && locked.length > 0)
        throw new AppError('account.identity_locked', {
          errors: locked.map((path) => ({ path, message: 'account.identity_locked' })),
        });
      if (patch.birthDate !== undefined && !isPastBirthDate(patch.birthDate, now().getTime()))
        throw new AppError('request.validation_failed', {
          errors: [{ path: 'birthDate', message: 'account.birth_date_future' }],
        });
      if (current.cccd === null && patch.cccd === undefined && Object.keys(patch).some((k) => k !== 'fullName'))
        throw new AppError('request.validation_failed', { errors: [{ path: 'cccd', message: 'validation.required' }] });
      await db.transaction((tx) => createCitizenRepo(tx).updateProfile(user.id, patch, now()));
      return citizens.getProfile(user.id);
    },

    /**
     * Deletes the account (the profile goes, the dossiers stay: the law keeps them). A deliberate act: the password
     * when the account has one, checked under the log-in throttle; otherwise a sign-in of the last 15 minutes.
     */
    async delete(user: SessionUser, input: DeleteAccountRequest, sessionToken: string, address: string) {
      const profile = await citizens.getProfile(user.id);
      if (profile.hasPassword) {
        const ok = await auth.verifyCurrentPassword(user.username, input.password ?? '', address);
        if (!ok)
          throw new AppError('auth.wrong_current_password', {
            errors: [{ path: 'password', message: 'password.wrong_current' }],
          });
      } else {
        const opened = await createSessionRepo(db).openedAt(hashToken(sessionToken));
        if (!opened || now().getTime() - opened.getTime() > RECENT_SIGN_IN_MS)
          throw new AppError('account.recent_sign_in_required');
      }
      await db.transaction((tx) => createCitizenRepo(tx).deleteAccount(user.id, now()));
    },
  };
}
export type ProfileService = ReturnType<typeof createProfileService>;
