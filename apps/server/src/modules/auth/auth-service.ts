import { createHash, randomBytes } from 'node:crypto';
import { LOGIN_THROTTLE, recordFailure, throttleWait, type LoginRequest, type Me } from '@motcua/core';
import { AppError } from '../../platform/errors/app-error.ts';
import { decoyHash, verifyPassword } from '../../platform/auth/password.ts';
import type { AuthRepo } from './auth-repo.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';

/** A session lasts one working day and some: officers sign in each morning. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function createAuthService(deps: { repo: AuthRepo; now: () => Date }) {
  const { repo, now } = deps;
  const keysOf = (username: string, address: string) => ({
    account: `account:${username.toLowerCase()}`,
    address: `address:${address}`,
  });

  return {
    /** Signs in, or throws: throttled (429) before any password check, invalid credentials (401). */
    async login(input: LoginRequest, address: string): Promise<{ token: string; expiresAt: Date; me: Me }> {
      const at = now();
      const keys = keysOf(input.username, address);
      const failures = await repo.findFailures([keys.account, keys.address]);
      const wait = Math.max(
        throttleWait(failures.get(keys.account) ?? null, LOGIN_THROTTLE.account, at.getTime()),
        throttleWait(failures.get(keys.address) ?? null, LOGIN_THROTTLE.address, at.getTime()),
      );
      if (wait > 0) {
        throw new AppError('auth.throttled', { headers: { 'retry-after': String(Math.ceil(wait / 1000)) } });
      }

      const user = await repo.findCredentials(input.username.toLowerCase());
      const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
      if (!user || !valid) {
        await repo.addFailure(keys.account, (r) => recordFailure(r, LOGIN_THROTTLE.account, at.getTime()));
        await repo.addFailure(keys.address, (r) => recordFailure(r, LOGIN_THROTTLE.address, at.getTime()));
        throw new AppError('auth.invalid_credentials');
      }
      if (user.disabled) throw new AppError('auth.account_disabled');

      await repo.clearFailures([keys.account, keys.address]);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(at.getTime() + SESSION_TTL_MS);
      await repo.createSession(hashToken(token), user.id, at, expiresAt);
      return { token, expiresAt, me: await repo.getMe(user.id) };
    },

    async logout(token: string): Promise<void> {
      await repo.deleteSession(hashToken(token));
    },

    async findSessionUser(token: string): Promise<SessionUser | undefined> {
      return repo.findSessionUser(hashToken(token), now());
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
