import { createHash, randomBytes } from 'node:crypto';
import {
  LOGIN_THROTTLE,
  loginKeys,
  recordFailure,
  retryAfterSeconds,
  throttleDelay,
  throttleWait,
  type LoginRequest,
  type Me,
} from '@motcua/core';
import { AppError } from '../../platform/errors/app-error.ts';
import { decoyHash, verifyPassword } from '../../platform/auth/password.ts';
import type { AuthRepo } from './auth-repo.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';

/** A session lasts one working day and some: officers sign in each morning. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export type OpenedSession = { token: string; expiresAt: Date; me: Me };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `sleep` holds a try on an account guessed from many addresses (`LOGIN_THROTTLE.account`); tests pass their own.
 * The failure counts live in the `login_failure` table, so every process of the app shares them.
 */
export function createAuthService(deps: { repo: AuthRepo; now: () => Date; sleep?: (ms: number) => Promise<void> }) {
  const { repo, now, sleep = realSleep } = deps;

  /** Refuses (429) a key at its limit; otherwise holds the try as long as the account's failures ask. */
  async function admit(keys: ReturnType<typeof loginKeys>, at: number): Promise<void> {
    const failures = await repo.findFailures([keys.accountAddress, keys.address, keys.account]);
    const wait = Math.max(
      throttleWait(failures.get(keys.accountAddress) ?? null, LOGIN_THROTTLE.accountAddress, at),
      throttleWait(failures.get(keys.address) ?? null, LOGIN_THROTTLE.address, at),
    );
    if (wait > 0) throw new AppError('auth.throttled', { headers: { 'retry-after': retryAfterSeconds(wait) } });
    const delay = throttleDelay(failures.get(keys.account) ?? null, LOGIN_THROTTLE.account, at);
    if (delay > 0) await sleep(delay);
  }

  /**
   * Checks a username and password under the log-in throttle (429 before any check): a failure counts for the
   * account and the address, a success clears this account's count from this address (DESIGN §14). Null on failure.
   */
  async function attempt(username: string, password: string, address: string, at: Date) {
    const keys = loginKeys(username, address);
    await admit(keys, at.getTime());
    const user = await repo.findCredentials(username.toLowerCase());
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !valid) {
      const t = at.getTime();
      await repo.addFailure(keys.accountAddress, (r) => recordFailure(r, LOGIN_THROTTLE.accountAddress, t));
      await repo.addFailure(keys.address, (r) => recordFailure(r, LOGIN_THROTTLE.address, t));
      await repo.addFailure(keys.account, (r) => recordFailure(r, LOGIN_THROTTLE.account, t));
      return null;
    }
    // Only this account from this address: the address's count and the account's delay stand (DESIGN §14).
    if (!user.disabled) await repo.clearFailures([keys.accountAddress]);
    return user;
  }

  async function openSession(userId: string, device: string | null): Promise<OpenedSession> {
    const at = now();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(at.getTime() + SESSION_TTL_MS);
    await repo.createSession(hashToken(token), userId, at, expiresAt, device);
    return { token, expiresAt, me: await repo.getMe(userId) };
  }

  return {
    /** The current password of a signed-in user, under the log-in throttle: a stolen session cannot guess it. */
    verifyCurrentPassword: async (username: string, password: string, address: string): Promise<boolean> =>
      (await attempt(username, password, address, now())) !== null,

    /** Signs in, or throws: throttled (429) before any password check, invalid credentials (401). */
    async login(input: LoginRequest, address: string, device: string | null = null): Promise<OpenedSession> {
      const user = await attempt(input.username, input.password, address, now());
      if (!user) throw new AppError('auth.invalid_credentials');
      if (user.disabled) throw new AppError('auth.account_disabled');
      return openSession(user.id, device);
    },

    /** A session for a user proven another way: a verified e-mail code, the national identity log-in. */
    openSession,

    async logout(token: string): Promise<void> {
      await repo.deleteSession(hashToken(token));
    },

    async findSessionUser(token: string): Promise<SessionUser | undefined> {
      return repo.findSessionUser(hashToken(token), now());
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
