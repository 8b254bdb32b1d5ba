import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from './access-guard.ts';

/**
 * Sets the session cookie: SameSite=Lax and httpOnly, so no cross-site POST carries it and no script reads it
 * (DESIGN §14). Lax still lets the identity provider's redirect back to the callback carry the log-in's own cookie.
 */
export function setSessionCookie(
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
  secure: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: session.expiresAt,
  });
}

/** A short label of the browser a session was opened from (`Chrome · Android`), for the user's list of sessions. */
export function deviceOf(userAgent: string | undefined): string | null {
  if (!userAgent) return null;
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  const label = [browser, system].filter(Boolean).join(' · ');
  return label || userAgent.slice(0, 60);
}
