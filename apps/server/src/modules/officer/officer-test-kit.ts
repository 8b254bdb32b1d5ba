import type { TestAppHandle } from '../../test/test-app.ts';

/** Calls of the officers' API as the admin, for the tests of this folder. */
export function officerApi(t: TestAppHandle) {
  let cookie: string | undefined;
  const admin = async () => (cookie ??= await t.login('admin'));
  const call = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { cookie: await admin() },
      ...(method !== 'GET' && { payload: payload ?? {} }),
    });
  return {
    admin,
    call,
    create: (body: object) => call('POST', '/api/v1/users', body),
    idOf: async (username: string): Promise<string> => {
      const res = await call('GET', `/api/v1/users?q=${username}&status=all`);
      const found = res.json().items.find((o: { username: string }) => o.username === username);
      if (!found) throw new Error(`no officer ${username}`);
      return found.id;
    },
  };
}
