import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appUser, citizenProfile } from '../../db/schema/index.ts';
import { useTestApp } from '../../test/test-app.ts';
import { accountApi, PASSWORD, PERSON } from './account-test-kit.ts';

let clock = new Date('2026-12-07T09:00:00+07:00');
const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

describe('registering by e-mail (DESIGN §15)', () => {
  const t = useTestApp({ now: () => clock });
  const api = accountApi(t);

  it('creates nothing until the mailed code is typed, then a verified account that is signed in', async () => {
    const sent = await api.register('Mai.Anh@Example.com');
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).toMatchObject({ email: 'mai.anh@example.com' });
    expect(await t.database.db.select().from(appUser).where(eq(appUser.username, 'mai.anh@example.com'))).toEqual([]);
    const [mail] = await api.mailsTo('mai.anh@example.com');
    expect(mail).toMatchObject({ centerId: null });
    expect(mail!.subject).toContain('Mã xác minh');
    const code = (await api.lastCode('mai.anh@example.com'))!;

    const verified = await api.verify(sent.json().id, code);
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({
      username: 'mai.anh@example.com',
      fullName: PERSON.fullName,
      roles: ['citizen'],
    });
    const cookie = api.cookieOf(verified);
    const profile = await t.app.inject({ url: '/api/v1/my/profile', headers: { cookie } });
    expect(profile.json()).toMatchObject({
      email: 'mai.anh@example.com',
      emailVerified: true,
      cccd: PERSON.cccd,
      phone: '0912345678',
      birthDate: '1995-04-12',
      identityVerified: false,
      hasPassword: true,
    });
    expect(profile.headers['cache-control']).toContain('no-store');
    // The code is used: a second try with it creates nothing more.
    expect((await api.verify(sent.json().id, code)).json().type).toBe('urn:motcua:problem:account.code_expired');
    // The e-mail, in any case, signs in with the password.
    expect(await t.login('MAI.ANH@example.com', PASSWORD)).toContain('motcua_session=');
  });

  it('refuses a wrong code with the tries it costs, an expired one, and a code after five wrong tries', async () => {
    const sent = (await api.register('sai.ma@example.com')).json();
    const code = (await api.lastCode('sai.ma@example.com'))!;
    const wrong = code === '000000' ? '000001' : '000000';
    const first = await api.verify(sent.id, wrong);
    expect(first.statusCode).toBe(400);
    expect(first.json()).toMatchObject({
      type: 'urn:motcua:problem:account.code_invalid',
      errors: [{ path: 'code', message: 'Mã xác minh không đúng, hãy kiểm tra thư và nhập lại' }],
    });
    for (let i = 0; i < 4; i++) await api.verify(sent.id, wrong);
    // Five wrong tries: the right code no longer works.
    expect((await api.verify(sent.id, code)).json().type).toBe('urn:motcua:problem:account.code_expired');

    const again = (await api.register('het.han@example.com')).json();
    const late = (await api.lastCode('het.han@example.com'))!;
    later(16);
    const expired = await api.verify(again.id, late);
    expect(expired.statusCode).toBe(400);
    expect(expired.json().type).toBe('urn:motcua:problem:account.code_expired');
    expect(await t.database.db.select().from(appUser).where(eq(appUser.email, 'het.han@example.com'))).toEqual([]);
  });

  it("cannot take someone else's e-mail: the owner's code is theirs alone, and a taken e-mail gets no code", async () => {
    const victim = 'chu.that@example.com';
    const attacker = (await api.register(victim, { password: 'Kẻ gian đoán mò 2026' })).json();
    const attackerCode = (await api.lastCode(victim))!;
    const own = (await api.register(victim)).json();
    const ownCode = (await api.lastCode(victim))!;
    // The attacker never sees the mailbox; even the owner's code does not verify the attacker's registration.
    if (ownCode !== attackerCode)
      expect((await api.verify(attacker.id, ownCode)).json().type).toBe('urn:motcua:problem:account.code_invalid');
    expect((await api.verify(own.id, ownCode)).statusCode).toBe(200);
    // Had the attacker's code leaked, the e-mail is taken now: it creates nothing.
    expect((await api.verify(attacker.id, attackerCode)).statusCode).toBe(400);
    expect(await t.login(victim, PASSWORD)).toContain('motcua_session=');
    await expect(t.login(victim, 'Kẻ gian đoán mò 2026')).rejects.toThrow();

    // A new registration of the taken e-mail answers alike, mails the owner a notice without a code.
    const taken = await api.register(victim, { password: 'Kẻ gian lần nữa 2026' });
    expect(taken.statusCode).toBe(202);
    expect(Object.keys(taken.json()).sort()).toEqual(['email', 'expiresAt', 'id']);
    const [notice] = await api.mailsTo(victim);
    expect(notice!.subject).toContain('đã có tài khoản');
    expect(notice!.text).not.toMatch(/\d{6}/);
    for (const guess of ['123456', '000000', '999999'])
      expect((await api.verify(taken.json().id, guess)).statusCode).toBe(400);
  });

  it("a self-declared CCCD takes nothing: another's verified identity stays theirs and unlinked to the newcomer", async () => {
    const owner = (await api.register('dinh.danh@example.com', { cccd: '022190000777' })).json();
    await api.verify(owner.id, (await api.lastCode('dinh.danh@example.com'))!);
    const [ownerRow] = await t.database.db.select().from(appUser).where(eq(appUser.email, 'dinh.danh@example.com'));
    await t.database.db
      .update(citizenProfile)
      .set({ identityVerifiedAt: clock })
      .where(eq(citizenProfile.userId, ownerRow!.id));

    const other = (await api.register('mao.danh@example.com', { cccd: '022190000777' })).json();
    const res = await api.verify(other.id, (await api.lastCode('mao.danh@example.com'))!);
    const profile = await t.app.inject({ url: '/api/v1/my/profile', headers: { cookie: api.cookieOf(res) } });
    expect(profile.json()).toMatchObject({ cccd: '022190000777', identityVerified: false });
    const [kept] = await t.database.db.select().from(citizenProfile).where(eq(citizenProfile.userId, ownerRow!.id));
    expect(kept!.identityVerifiedAt).not.toBeNull();
  });

  it('checks the form: the password policy, the CCCD, a birth date in the future', async () => {
    const weak = await api.register('yeu@example.com', { password: 'yeu@example.com1' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({
      type: 'urn:motcua:problem:auth.password_rejected',
      errors: [{ path: 'password' }],
    });
    const bad = await api.register('sai@example.com', { cccd: '12345', birthDate: '2030-01-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain('cccd');
    const future = await api.register('tuong.lai@example.com', { birthDate: '2027-01-01' });
    expect(future.json()).toMatchObject({
      errors: [{ path: 'birthDate', message: 'Ngày sinh phải trước ngày hôm nay' }],
    });
    expect(await api.mailsTo('yeu@example.com')).toEqual([]);
  });

  it('limits the codes mailed to one e-mail from one address (429 with Retry-After)', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await api.register('nhieu.lan@example.com')).statusCode);
    expect(answers).toEqual([202, 202, 202, 202, 202, 429]);
    expect((await api.mailsTo('nhieu.lan@example.com')).length).toBe(5);
  });
});
