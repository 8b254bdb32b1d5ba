import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appUser, citizenProfile, dossier } from '../../db/schema/index.ts';
import { receiveDossier } from '../../test/dossier-builders.ts';
import { useTestApp, type TestAppHandle } from '../../test/test-app.ts';
import { accountApi, PASSWORD } from './account-test-kit.ts';

let clock = new Date('2026-12-07T10:00:00+07:00');

/** A verified account made through the API, signed in: its cookie. */
async function citizen(t: TestAppHandle, email: string, extra: object = {}) {
  const api = accountApi(t);
  const sent = (await api.register(email, extra)).json();
  return api.cookieOf(await api.verify(sent.id, (await api.lastCode(email))!));
}

describe("a citizen's password reset, profile, sessions and account (issue 18)", () => {
  const t = useTestApp({ now: () => clock });
  const api = accountApi(t);
  const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });

  it('resets a forgotten password by a mailed code, ending every session; an unknown e-mail gets no mail', async () => {
    const first = await citizen(t, 'quen@example.com');
    const asked = await api.post('/api/v1/auth/password-reset', { email: 'Quen@Example.com' });
    expect(asked.statusCode).toBe(202);
    const code = (await api.lastCode('quen@example.com'))!;
    const confirm = (c: string, newPassword = 'Trăng rằm tháng tám 2026') =>
      api.post('/api/v1/auth/password-reset/confirm', { id: asked.json().id, code: c, newPassword });
    expect((await confirm(code === '111111' ? '222222' : '111111')).json().type).toBe(
      'urn:motcua:problem:account.code_invalid',
    );
    expect((await confirm(code, 'quen@example.com')).json()).toMatchObject({ errors: [{ path: 'newPassword' }] });
    expect((await confirm(code)).statusCode).toBe(204);
    expect((await get('/api/v1/me', first)).statusCode).toBe(401);
    await expect(t.login('quen@example.com', PASSWORD)).rejects.toThrow();
    expect(await t.login('quen@example.com', 'Trăng rằm tháng tám 2026')).toContain('motcua_session=');
    expect((await confirm(code, 'Lần thứ hai đặt lại 2026')).statusCode).toBe(400);

    const unknown = await api.post('/api/v1/auth/password-reset', { email: 'khong.co@example.com' });
    expect(unknown.statusCode).toBe(202);
    expect(Object.keys(unknown.json()).sort()).toEqual(['email', 'expiresAt', 'id']);
    expect(await api.mailsTo('khong.co@example.com')).toEqual([]);
    for (const guess of ['000000', '123456'])
      expect(
        (
          await api.post('/api/v1/auth/password-reset/confirm', {
            id: unknown.json().id,
            code: guess,
            newPassword: 'x',
          })
        ).statusCode,
      ).toBe(400);
  });

  it('changes the profile, but not what the national identity proved', async () => {
    const cookie = await citizen(t, 'ho.so@example.com');
    const patch = (body: object) =>
      t.app.inject({ method: 'PATCH', url: '/api/v1/my/profile', payload: body, headers: { cookie } });
    const changed = await patch({ phone: '+84 987 654 321', address: 'Số 2, đường Trần Hưng Đạo' });
    expect(changed.json()).toMatchObject({ phone: '0987654321', address: 'Số 2, đường Trần Hưng Đạo' });
    const [row] = await t.database.db.select().from(appUser).where(eq(appUser.email, 'ho.so@example.com'));
    await t.database.db
      .update(citizenProfile)
      .set({ identityVerifiedAt: clock })
      .where(eq(citizenProfile.userId, row!.id));
    const locked = await patch({ fullName: 'Tên khác hẳn', cccd: '001099012345' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json()).toMatchObject({ type: 'urn:motcua:problem:account.identity_locked' });
    expect((await patch({ phone: '0911111111' })).statusCode).toBe(200);
    // An officer has no citizen's profile.
    expect((await get('/api/v1/my/profile', await t.login('congan.counter'))).statusCode).toBe(403);
  });

  it('lists its sessions and signs out the others, or one', async () => {
    const first = await citizen(t, 'nhieu.may@example.com');
    const second = await t.login('nhieu.may@example.com', PASSWORD);
    const third = await t.login('nhieu.may@example.com', PASSWORD);
    const list = (await get('/api/v1/auth/sessions', first)).json();
    expect(list).toHaveLength(3);
    expect(list.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const other = (await get('/api/v1/auth/sessions', second)).json().find((s: { current: boolean }) => s.current);
    const ended = await t.app.inject({
      method: 'DELETE',
      payload: {},
      url: `/api/v1/auth/sessions/${other.id}`,
      headers: { cookie: first },
    });
    expect(ended.statusCode).toBe(204);
    expect((await get('/api/v1/me', second)).statusCode).toBe(401);
    expect((await get('/api/v1/me', third)).statusCode).toBe(200);
    expect((await api.post('/api/v1/auth/sessions/sign-out-others', {}, first)).statusCode).toBe(204);
    expect((await get('/api/v1/me', third)).statusCode).toBe(401);
    expect((await get('/api/v1/me', first)).statusCode).toBe(200);
    // Another's session is not one's own to end.
    const stranger = await citizen(t, 'nguoi.la@example.com');
    const theirs = (await get('/api/v1/auth/sessions', stranger)).json()[0].id;
    const refused = await t.app.inject({
      method: 'DELETE',
      payload: {},
      url: `/api/v1/auth/sessions/${theirs}`,
      headers: { cookie: first },
    });
    expect(refused.statusCode).toBe(404);
    expect((await get('/api/v1/me', stranger)).statusCode).toBe(200);
  });

  it('deletes the account with its password: the profile goes, the dossiers stay, the e-mail is free again', async () => {
    const cookie = await citizen(t, 'xoa.tk@example.com');
    const [row] = await t.database.db.select().from(appUser).where(eq(appUser.email, 'xoa.tk@example.com'));
    // A dossier of theirs (received at the counter, then owned by the account, as an online one would be).
    const owned = await receiveDossier(t, { procedure: 'cap ho chieu', cookie: await t.login('congan.counter') });
    await t.database.db.update(dossier).set({ ownerId: row!.id }).where(eq(dossier.id, owned.dossier.id));
    const del = (password?: string) => api.post('/api/v1/my/account/delete', password ? { password } : {}, cookie);
    expect((await del('sai mật khẩu rồi')).json().type).toBe('urn:motcua:problem:auth.wrong_current_password');
    expect((await del(PASSWORD)).statusCode).toBe(204);
    expect((await get('/api/v1/me', cookie)).statusCode).toBe(401);
    await expect(t.login('xoa.tk@example.com', PASSWORD)).rejects.toThrow();
    expect(await t.database.db.select().from(citizenProfile).where(eq(citizenProfile.userId, row!.id))).toEqual([]);
    const [kept] = await t.database.db.select().from(appUser).where(eq(appUser.id, row!.id));
    expect(kept).toMatchObject({ email: null, disabled: true, fullName: '—' });
    expect(kept!.deletedAt).not.toBeNull();
    const [still] = await t.database.db.select().from(dossier).where(eq(dossier.id, owned.dossier.id));
    expect(still!.ownerId).toBe(row!.id);
    // The address may register again, as a new account.
    expect((await citizen(t, 'xoa.tk@example.com')).length).toBeGreaterThan(20);
  });
});
