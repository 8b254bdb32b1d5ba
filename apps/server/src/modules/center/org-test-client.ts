import type { TestAppHandle } from '../../test/test-app.ts';

/** Requests of the org route tests, as a given demo user (the admin unless named), cookies kept per user. */
export function orgClient(t: TestAppHandle) {
  const cookies = new Map<string, string>();
  const cookieOf = async (username: string) =>
    cookies.get(username) ?? cookies.set(username, await t.login(username)).get(username)!;
  const send = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, username = 'admin') =>
    t.app.inject({
      method,
      url,
      ...(method === 'GET' ? {} : { payload: payload ?? {} }),
      headers: username ? { cookie: await cookieOf(username) } : {},
    });
  /** The audit rows of one kind of thing, newest first. */
  const audit = async (entity: string) => (await send('GET', `/api/v1/admin/audit?entity=${entity}`)).json().items;
  return {
    send,
    audit,
    anonymous: (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => send(method, url, payload, ''),
  };
}

/** The problem code of a problem+json answer (`urn:motcua:problem:<code>`). */
export const problemOf = (res: { json: () => { type?: string } }) => res.json().type?.split(':').pop();
