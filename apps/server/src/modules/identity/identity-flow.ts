import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/** Test support: the national identity log-in driven by hand, the provider over fetch, the app by inject. */
export const PUBLIC_URL = 'http://motcua.test';
export type Person = { identityNumber: string; fullName: string; birthDate: string };

const cookieOf = (res: LightMyRequestResponse, name: string): string | undefined => {
  const header = res.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header ? [header] : [];
  const found = all.find((c) => c.startsWith(`${name}=`));
  return found?.split(';')[0]!.slice(name.length + 1);
};
export const sessionOf = (res: LightMyRequestResponse) => cookieOf(res, 'motcua_session');

/** A browser at the provider: keeps its cookies, follows its redirects until one leaves for the app. */
async function atProvider(issuer: string, first: string, person: Person): Promise<URL> {
  const jar = new Map<string, string>();
  const go = async (url: string, init: RequestInit = {}) => {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, cookie } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return res;
  };
  let res = await go(first);
  let posted = false;
  for (let hop = 0; hop < 10; hop++) {
    if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location')!, issuer);
      if (next.origin !== issuer) return next;
      res = await go(next.href);
      continue;
    }
    const html = await res.text();
    expect(res.status, html).toBe(200);
    expect(html).toContain('NHÀ CUNG CẤP ĐỊNH DANH THỬ NGHIỆM');
    expect(posted).toBe(false);
    const action = /action="([^"]+)"/.exec(html)![1]!;
    res = await go(new URL(action, issuer).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(person).toString(),
    });
    posted = true;
  }
  throw new Error('the provider never sent the browser back');
}

export type IdentityRun = {
  callback: URL;
  stateCookie: string;
  finish: (query?: string, state?: string) => Promise<LightMyRequestResponse>;
};

/** Start at the app, log in at the provider; `finish` opens the callback (by default the one the provider sent). */
export async function identityRun(
  app: FastifyInstance,
  issuer: string,
  person: Person,
  options: { session?: string; link?: boolean; returnTo?: string } = {},
): Promise<IdentityRun> {
  const returnTo = options.returnTo ?? '/tai-khoan';
  const start = await app.inject({
    url: `/api/v1/auth/identity/start?returnTo=${encodeURIComponent(returnTo)}${options.link ? '&link=1' : ''}`,
    headers: options.session ? { cookie: `motcua_session=${options.session}` } : {},
  });
  expect(start.statusCode, start.body).toBe(302);
  const stateCookie = cookieOf(start, 'motcua_identity_state')!;
  expect(stateCookie).toBeTruthy();
  const callback = await atProvider(issuer, start.headers.location as string, person);
  expect(`${callback.origin}${callback.pathname}`).toBe(`${PUBLIC_URL}/api/v1/auth/identity/callback`);
  return {
    callback,
    stateCookie,
    finish: (query = callback.search.slice(1), state = stateCookie) =>
      app.inject({ url: `${callback.pathname}?${query}`, headers: { cookie: `motcua_identity_state=${state}` } }),
  };
}

/** The whole log-in; the callback's answer. */
export async function identityLogin(
  app: FastifyInstance,
  issuer: string,
  person: Person,
  options: { session?: string; link?: boolean } = {},
) {
  return (await identityRun(app, issuer, person, options)).finish();
}
