import { createHash, randomBytes, randomInt } from 'node:crypto';
import {
  decideIdentityLogin,
  readIdentityClaims,
  type IdentityProviderInfo,
  type ProblemCode,
  type VerifiedIdentity,
} from '@motcua/core';
import * as oidc from 'openid-client';
import { AppError } from '../../platform/errors/app-error.ts';
import type { AuthService, OpenedSession } from '../auth/auth-service.ts';
import type { IdentityClient } from './identity-client.ts';
import { isUniqueViolation, type IdentityRepo } from './identity-repo.ts';
import type { IdentitySettings } from './identity-settings.ts';

/** Long enough for a citizen to find their phone and confirm at the provider; short enough to leave little to replay. */
export const PENDING_TTL_MS = 10 * 60 * 1000;
export const CALLBACK_PATH = '/api/v1/auth/identity/callback';
const DEFAULT_RETURN = '/tai-khoan';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A path of this site only: `//host` and `/\host` are other sites to a browser, so they fall back to the default. */
export function safeReturnTo(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return DEFAULT_RETURN;
  return /[\u0000-\u001f]/.test(value) ? DEFAULT_RETURN : value;
}

/** `dinhdanh.` and 8 random lower-case letters or digits: a name that says nothing about the person. */
function identityUsername(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return `dinhdanh.${Array.from({ length: 8 }, () => alphabet[randomInt(alphabet.length)]).join('')}`;
}

type Landing = { ok: true; userId: string } | { ok: false; code: ProblemCode };
const refused = (code: ProblemCode): Landing => ({ ok: false, code });

export type IdentityStart = { url: string; state: string | null };
export type IdentityFinish = { ok: true; session: OpenedSession; returnTo: string } | { ok: false; code: ProblemCode };

type Deps = {
  repo: IdentityRepo;
  client: IdentityClient | undefined;
  settings: IdentitySettings | undefined;
  auth: AuthService;
  now: () => Date;
  publicUrl: () => string;
  /** Failures are logged by kind only: never the claims nor the number (DESIGN §14). */
  warn: (message: string) => void;
};

/** The national identity log-in (DESIGN §15): authorization code + PKCE, the account matched by the number alone. */
export function createIdentityService(deps: Deps) {
  const { repo, client, settings, auth, now } = deps;
  const redirectUri = () => `${deps.publicUrl()}${CALLBACK_PATH}`;

  /** Signs in, links or creates in one transaction; the verified-number index decides a race between two first log-ins. */
  async function land(who: VerifiedIdentity, linkUserId: string | null): Promise<Landing> {
    return repo.transaction(async (tx) => {
      const at = now();
      const owner = await repo.findVerifiedOwner(tx, who.identityNumber);
      const linking = linkUserId ? await repo.findLinking(tx, linkUserId) : null;
      if (linkUserId && (!linking || linking.disabled || linking.deleted)) return refused('auth.account_disabled');
      const outcome = decideIdentityLogin({
        verifiedOwner: owner?.userId ?? null,
        linking: linking && linkUserId ? { userId: linkUserId, verifiedNumber: linking.verifiedNumber } : null,
        identityNumber: who.identityNumber,
      });
      if (!outcome.ok) return refused(outcome.code);
      if (outcome.action === 'sign_in')
        return owner!.disabled || owner!.deleted
          ? refused('auth.account_disabled')
          : { ok: true, userId: owner!.userId };
      if (outcome.action === 'link') {
        await repo.markVerified(tx, outcome.userId, who, at);
        return { ok: true, userId: outcome.userId };
      }
      return { ok: true, userId: await repo.createAccount(tx, identityUsername(), who, at) };
    });
  }

  async function landOnce(who: VerifiedIdentity, linkUserId: string | null) {
    try {
      return await land(who, linkUserId);
    } catch (error) {
      // Another log-in of the same number committed first: now it is found, and signs in (or refuses a link).
      if (isUniqueViolation(error)) return land(who, linkUserId);
      throw error;
    }
  }

  return {
    info: (): IdentityProviderInfo => ({
      enabled: settings !== undefined,
      label: settings?.label ?? 'VNeID',
      test: settings?.test ?? false,
    }),

    /**
     * Where to send the browser, and the state it must bring back in its cookie. `link`: the signed-in citizen links
     * their account; the start is public (a sign-in starts here too), so the session is looked up only then.
     */
    async start(returnTo: string | undefined, link: boolean, sessionToken: string | undefined): Promise<IdentityStart> {
      if (!client) throw new AppError('identity.not_configured');
      let linkUserId: string | null = null;
      if (link) {
        const user = sessionToken ? await auth.findSessionUser(sessionToken) : undefined;
        if (!user || !user.roles.includes('citizen')) throw new AppError('auth.unauthenticated');
        linkUserId = user.id;
      }
      const state = oidc.randomState();
      const checks = { state, nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
      let url: URL;
      try {
        url = await client.authorizationUrl(redirectUri(), checks);
      } catch (error) {
        // The provider is unreachable: the citizen is told on the log-in page; the next try discovers it again.
        deps.warn(`identity provider unreachable (${error instanceof Error ? error.name : 'error'})`);
        return { url: '/dang-nhap?loi=identity.login_failed', state: null };
      }
      const at = now();
      const pending = {
        codeVerifier: checks.codeVerifier,
        nonce: checks.nonce,
        returnTo: safeReturnTo(returnTo),
        linkUserId,
      };
      await repo.savePending(sha256(state), pending, at, new Date(at.getTime() + PENDING_TTL_MS));
      return { url: url.href, state };
    },

    /**
     * The provider's answer: the pending log-in is taken (one use) by the query's state, which must be the cookie's
     * (a callback opened in another browser fails), the code exchanged, the person read, the account decided.
     */
    async finish(query: string, cookieState: string | undefined, device: string | null): Promise<IdentityFinish> {
      const failed = (kind: string, code: ProblemCode = 'identity.login_failed'): IdentityFinish => {
        deps.warn(`identity log-in refused: ${kind}`);
        return { ok: false, code };
      };
      if (!client || !settings) return failed('not configured', 'identity.not_configured');
      const state = new URLSearchParams(query).get('state');
      if (!state) return failed('no state');
      const pending = await repo.takePending(sha256(state), now());
      if (!pending) return failed('unknown, used or expired state');
      if (cookieState !== state) return failed("state not this browser's");
      let claims: Record<string, unknown>;
      try {
        const checks = { state, nonce: pending.nonce, codeVerifier: pending.codeVerifier };
        claims = await client.exchange(new URL(`${redirectUri()}?${query}`), checks);
      } catch (error) {
        return failed(`provider answer refused (${error instanceof Error ? error.name : 'error'})`);
      }
      const who = readIdentityClaims(claims, settings.claims);
      if (!who) return failed('no valid identity number or name in the answer');
      const landed = await landOnce(who, pending.linkUserId);
      if (!landed.ok) return failed('account refused', landed.code);
      return { ok: true, session: await auth.openSession(landed.userId, device), returnTo: pending.returnTo };
    },
  };
}
export type IdentityService = ReturnType<typeof createIdentityService>;
