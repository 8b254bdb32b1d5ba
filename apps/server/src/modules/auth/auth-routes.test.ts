import { LOGIN_THROTTLE } from '@motcua/core';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appUser } from '../../db/schema/index.ts';
import { DEMO_PASSWORD, sessionCookie, type TestAppHandle, useTestApp } from '../../test/test-app.ts';

const login = (t: TestAppHandle, body: unknown, headers: Record<string, string> = {}, remoteAddress = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: body as object, headers, remoteAddress });

describe('log-in, session, log-out', () => {
  const t = useTestApp();

  it('signs a counter officer in with an httpOnly SameSite cookie and shows who they are', async () => {
    const res = await login(t, { username: 'congan.counter', password: DEMO_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      username: 'congan.counter',
      roles: ['counter'],
      agency: { slug: 'congan', code: '000.00.01.H49', name: 'Công an tỉnh' },
    });
    // Internal ids stay on the server: the answer is exactly the `Me` contract.
    expect(Object.keys(res.json()).sort()).toEqual([
      'agency',
      'center',
      'fullName',
      'id',
      'mustChangePassword',
      'roles',
      'username',
    ]);
    const cookie = res.cookies.find((c) => c.name === 'motcua_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie: sessionCookie(res) } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username: 'congan.counter', center: { code: 'H49' } });
  });

  it('log-out ends the session', async () => {
    const cookie = await t.login('gtvt.head');
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'POST', payload: {}, url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.json().type).toBe('urn:motcua:problem:auth.unauthenticated');
  });

  it('stores passwords as argon2id hashes', async () => {
    const [row] = await t.database.db
      .select({ hash: appUser.passwordHash })
      .from(appUser)
      .where(eq(appUser.username, 'admin'));
    expect(row!.hash).toMatch(/^\$argon2id\$/);
  });

  it('a wrong password gets 401 problem+json in Vietnamese, or English when asked', async () => {
    const vi = await login(t, { username: 'congan.counter', password: 'wrong' }, {}, '10.0.0.2');
    expect(vi.statusCode).toBe(401);
    expect(vi.headers['content-type']).toContain('application/problem+json');
    expect(vi.json()).toMatchObject({
      type: 'urn:motcua:problem:auth.invalid_credentials',
      status: 401,
      title: 'Tên đăng nhập hoặc mật khẩu không đúng',
    });
    const en = await login(
      t,
      { username: 'nobody', password: 'wrong' },
      { 'accept-language': 'en-US,en;q=0.9' },
      '10.0.0.2',
    );
    expect(en.json().title).toBe('Wrong username or password');
  });

  it('missing fields get 400 with one error per field, in the request language', async () => {
    const vi = await login(t, { username: '  ' });
    expect(vi.statusCode).toBe(400);
    expect(vi.json().errors).toEqual([
      { path: 'username', message: 'Vui lòng nhập thông tin này' },
      { path: 'password', message: 'Vui lòng nhập thông tin này' },
    ]);
    const en = await login(t, { username: 'x', password: 42 }, { 'accept-language': 'en' });
    expect(en.json().title).toBe('Invalid input');
    expect(en.json().errors).toEqual([{ path: 'password', message: expect.stringMatching(/expected string/) }]);
  });

  it('refuses an account from one address after repeated failures, with Retry-After; not from another', async () => {
    const max = LOGIN_THROTTLE.accountAddress.maxFailures;
    for (let i = 0; i < max; i++)
      expect((await login(t, { username: 'bhxh.counter', password: 'bad' }, {}, '10.9.9.8')).statusCode).toBe(401);
    const refused = await login(t, { username: 'bhxh.counter', password: DEMO_PASSWORD }, {}, '10.9.9.8');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().type).toBe('urn:motcua:problem:auth.throttled');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // From her own address the officer is only held for the account's delay (auth-throttle.test.ts), never refused.
    expect((await login(t, { username: 'bhxh.counter', password: DEMO_PASSWORD }, {}, '10.9.9.9')).statusCode).toBe(
      200,
    );
  });

  it('throttles an address that tries many accounts', async () => {
    const address = '10.7.7.7';
    for (let i = 0; i < LOGIN_THROTTLE.address.maxFailures; i++) {
      expect((await login(t, { username: `guess${i}`, password: 'bad' }, {}, address)).statusCode).toBe(401);
    }
    expect((await login(t, { username: 'khobac.counter', password: DEMO_PASSWORD }, {}, address)).statusCode).toBe(429);
    expect((await login(t, { username: 'khobac.counter', password: DEMO_PASSWORD }, {}, '10.7.7.8')).statusCode).toBe(
      200,
    );
  });

  it('logs neither passwords nor session tokens', async () => {
    const res = await login(t, { username: 'tuphap.counter', password: DEMO_PASSWORD });
    const token = res.cookies.find((c) => c.name === 'motcua_session')!.value;
    await t.app.inject({ url: '/api/v1/me', headers: { cookie: `motcua_session=${token}` } });
    const logged = t.logs.join('\n');
    expect(logged).toContain('/api/v1/me');
    expect(logged).not.toContain(DEMO_PASSWORD);
    expect(logged).not.toContain(token);
  });
});
