import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appUser, outbox, passwordToken } from '../../db/schema/index.ts';
import { passwordProblem } from '../../platform/auth/common-passwords.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { hashToken } from './auth-service.ts';
import { useTestApp, type TestAppHandle } from '../../test/test-app.ts';
import { officerApi } from '../officer/officer-test-kit.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
let clock = new Date('2026-12-07T08:00:00+07:00');

const post = (t: TestAppHandle, url: string, payload: object, cookie?: string) =>
  t.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
const change = (t: TestAppHandle, cookie: string, currentPassword: string, newPassword: string) =>
  post(t, '/api/v1/auth/password', { currentPassword, newPassword }, cookie);

/** The token in the last password mail sent to `to`. */
async function mailedToken(t: TestAppHandle, to: string): Promise<string> {
  const rows = await t.database.db.select().from(outbox).orderBy(desc(outbox.id));
  const mail = rows.map((r) => r.payload as { to: string; text: string }).find((p) => p.to === to)!;
  return /\/dat-mat-khau\?token=([\w-]+)/.exec(mail.text)![1]!;
}

describe('a temporary password must be changed first', () => {
  const t = useTestApp({ now: () => clock });
  const api = officerApi(t);

  it('refuses every route but me and auth/* until changed, then lets them in', async () => {
    const created = await api.create({
      ...{ username: 'moi.vao', fullName: 'Phạm Minh Châu', agency: 'congan', center: 'H49', roles: ['counter'] },
    });
    const temporary = created.json().temporaryPassword;
    const cookie = await t.login('moi.vao', temporary);
    const dossiers = await t.app.inject({ url: '/api/v1/dossiers', headers: { cookie } });
    expect(dossiers.statusCode).toBe(403);
    expect(dossiers.json().type).toBe('urn:motcua:problem:auth.password_change_required');
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ username: 'moi.vao', mustChangePassword: true });

    const weak = await change(t, cookie, temporary, 'moi.vao-2026!');
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({
      type: 'urn:motcua:problem:auth.password_rejected',
      errors: [{ path: 'newPassword', message: 'Mật khẩu không được chứa tên đăng nhập' }],
    });
    const wrong = await change(t, cookie, 'not-the-temporary', 'Đồng lúa chín vàng 2026');
    expect(wrong.json()).toMatchObject({
      type: 'urn:motcua:problem:auth.wrong_current_password',
      errors: [{ path: 'currentPassword' }],
    });
    expect((await change(t, cookie, temporary, temporary)).statusCode).toBe(400);

    const other = await t.login('moi.vao', temporary);
    expect((await change(t, cookie, temporary, 'Đồng lúa chín vàng 2026')).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/dossiers', headers: { cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).json().mustChangePassword).toBe(false);
    // The other session (someone else may have had the temporary password) has ended.
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: other } })).statusCode).toBe(401);
    expect(await t.login('moi.vao', 'Đồng lúa chín vàng 2026')).toMatch(/^motcua_session=/);
  });

  it('the policy never applies at log-in: a password set before it still signs in', async () => {
    expect(await passwordProblem('matkhau', 'gtvt.head')).toBe('password.too_short');
    await t.database.db
      .update(appUser)
      .set({ passwordHash: await hashPassword('matkhau') })
      .where(eq(appUser.username, 'gtvt.head'));
    expect(await t.login('gtvt.head', 'matkhau')).toMatch(/^motcua_session=/);
  });

  it('guards the current password with the log-in throttle: a stolen session cannot guess it', async () => {
    const cookie = await t.login('tuphap.counter');
    for (let i = 0; i < 5; i++)
      expect((await change(t, cookie, `guess-${i}`, 'Đồng lúa chín vàng 2026')).statusCode).toBe(400);
    const sixth = await change(t, cookie, 'guess-6', 'Đồng lúa chín vàng 2026');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.headers['retry-after']).toBeDefined();
  });

  it('needs a session to change a password', async () => {
    const res = await post(t, '/api/v1/auth/password', { currentPassword: 'x', newPassword: 'y' });
    expect(res.statusCode).toBe(401);
  });
});

describe('the e-mailed link', () => {
  const t = useTestApp({ now: () => clock });
  const api = officerApi(t);
  const setup = (token: string, newPassword = 'Sông Hồng mùa lũ 1971') =>
    post(t, '/api/v1/auth/password/setup', { token, newPassword });

  it('mails a one-use link that sets the password', async () => {
    const res = await api.create({
      ...{ username: 'lan.le', fullName: 'Lê Thị Lan', email: 'lan.le@example.vn', delivery: 'email' },
      ...{ agency: 'congan', center: 'H49', roles: ['appraiser'] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().temporaryPassword).toBeNull();
    const token = await mailedToken(t, 'lan.le@example.vn');
    expect((await setup(token, 'short')).json().type).toBe('urn:motcua:problem:auth.password_rejected');
    expect((await setup(token)).statusCode).toBe(204);
    const again = await setup(token, 'Một mật khẩu khác hẳn 2026');
    expect(again.statusCode).toBe(400);
    expect(again.json().type).toBe('urn:motcua:problem:auth.password_link_invalid');
    const cookie = await t.login('lan.le', 'Sông Hồng mùa lũ 1971');
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).json().mustChangePassword).toBe(false);
  });

  it('stores only the token’s hash', async () => {
    await api.create({
      ...{ username: 'hash.only', fullName: 'Võ Văn Kiệt', email: 'kiet@example.vn', delivery: 'email' },
      ...{ agency: 'congan', center: 'H49', roles: ['appraiser'] },
    });
    const token = await mailedToken(t, 'kiet@example.vn');
    const stored = JSON.stringify(await t.database.db.select().from(passwordToken));
    expect(stored).toContain(hashToken(token));
    expect(stored).not.toContain(token);
  });

  it('refuses a wrong token and one older than 3 days', async () => {
    expect((await setup('no-such-token')).json().type).toBe('urn:motcua:problem:auth.password_link_invalid');
    const id = await api.idOf('lan.le');
    await api.call('POST', `/api/v1/users/${id}/password-reset`, { delivery: 'email' });
    const token = await mailedToken(t, 'lan.le@example.vn');
    clock = new Date(clock.getTime() + 3 * DAY_MS + 1);
    expect((await setup(token)).json().type).toBe('urn:motcua:problem:auth.password_link_invalid');
  });
});
