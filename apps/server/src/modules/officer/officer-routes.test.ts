import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminAudit, appUser } from '../../db/schema/index.ts';
import { useTestApp } from '../../test/test-app.ts';
import { officerApi } from './officer-test-kit.ts';

const newOfficer = (username: string, extra: object = {}) => ({
  username,
  fullName: 'Nguyễn Thị Hoà',
  agency: 'congan',
  center: 'H49',
  roles: ['counter'],
  ...extra,
});

describe('officers made by the admin', () => {
  const t = useTestApp();
  const api = officerApi(t);

  it('creates an officer with a temporary password shown once, stored only as a hash', async () => {
    const res = await api.create(newOfficer('hoa.nguyen'));
    expect(res.statusCode).toBe(201);
    const { id, username, temporaryPassword } = res.json();
    expect(username).toBe('hoa.nguyen');
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const [row] = await t.database.db.select().from(appUser).where(eq(appUser.id, id));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row!.mustChangePassword).toBe(true);
    expect(t.logs.join('')).not.toContain(temporaryPassword);
    const got = await api.call('GET', `/api/v1/users/${id}`);
    expect(got.json()).toMatchObject({
      username: 'hoa.nguyen',
      agency: { slug: 'congan' },
      center: { code: 'H49' },
      active: true,
      mustChangePassword: true,
    });
  });

  it('refuses a taken username, a misplaced officer and a citizen', async () => {
    const taken = await api.create(newOfficer('congan.counter'));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().type).toBe('urn:motcua:problem:org.username_taken');
    const noAgency = await api.create(newOfficer('no.agency', { agency: null }));
    expect(noAgency.statusCode).toBe(400);
    expect(noAgency.json()).toMatchObject({ type: 'urn:motcua:problem:org.officer_needs_agency' });
    expect(noAgency.json().errors[0].path).toBe('agency');
    const citizen = await api.create(newOfficer('a.citizen', { roles: ['citizen'] }));
    expect(citizen.json().type).toBe('urn:motcua:problem:org.role_not_assignable');
    const unknown = await api.create(newOfficer('x.center', { center: 'Z99' }));
    expect(unknown.json().type).toBe('urn:motcua:problem:org.center_not_found');
    const email = await api.create(newOfficer('no.mail', { delivery: 'email' }));
    expect(email.json().type).toBe('urn:motcua:problem:org.email_required');
  });

  it('is for the admin only', async () => {
    const cookie = await t.login('congan.head');
    for (const [method, url] of [
      ['GET', '/api/v1/users'],
      ['POST', '/api/v1/users'],
    ] as const) {
      const res = await t.app.inject({ method, url, headers: { cookie }, ...(method === 'POST' && { payload: {} }) });
      expect(res.statusCode).toBe(403);
    }
    expect((await t.app.inject({ url: '/api/v1/users' })).statusCode).toBe(401);
  });

  it('lists officers page by page, found by name without diacritics', async () => {
    await api.create(newOfficer('tran.dung', { fullName: 'Trần Văn Dũng' }));
    const res = await api.call('GET', '/api/v1/users?q=tran van dung');
    expect(res.json()).toMatchObject({ total: 1, items: [{ username: 'tran.dung', fullName: 'Trần Văn Dũng' }] });
    const page = await api.call('GET', '/api/v1/users?agency=congan&pageSize=2&page=1');
    expect(page.json().items).toHaveLength(2);
    expect(page.json().total).toBeGreaterThan(2);
    expect(page.json().items.every((o: { agency: { slug: string } }) => o.agency.slug === 'congan')).toBe(true);
  });

  it('edits an officer: a removed role applies at their next request, with the same cookie', async () => {
    const cookie = await t.login('congan.counter');
    expect((await t.app.inject({ url: '/api/v1/counters', headers: { cookie } })).statusCode).toBe(200);
    const id = await api.idOf('congan.counter');
    const res = await api.call('PATCH', `/api/v1/users/${id}`, { roles: ['appraiser'], fullName: 'Lê Văn Tâm' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ roles: ['appraiser'], fullName: 'Lê Văn Tâm' });
    expect((await t.app.inject({ url: '/api/v1/counters/session', headers: { cookie } })).statusCode).toBe(403);
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie } });
    expect(me.json().roles).toEqual(['appraiser']);
  });

  it('keeps an officer in an agency ended by a merger, where nobody new may join', async () => {
    const id = await api.idOf('gtvt.head');
    const res = await api.call('PATCH', `/api/v1/users/${id}`, { fullName: 'Đặng Văn Giao' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ fullName: 'Đặng Văn Giao', agency: { slug: 'gtvt' } });
    const joining = await api.create(newOfficer('gtvt.moi', { agency: 'gtvt' }));
    expect(joining.json().type).toBe('urn:motcua:problem:org.agency_not_found');
  });

  it('the admin cannot drop their own admin role', async () => {
    const id = await api.idOf('admin');
    const res = await api.call('PATCH', `/api/v1/users/${id}`, { roles: ['director'], center: null });
    expect(res.statusCode).toBe(409);
    expect(res.json().type).toBe('urn:motcua:problem:org.cannot_remove_own_admin');
  });

  it('records every change in the audit, without any password or hash', async () => {
    const created = await api.create(newOfficer('audit.me'));
    const { id, temporaryPassword } = created.json();
    await api.call('POST', `/api/v1/users/${id}/password-reset`, { delivery: 'temporary' });
    const rows = await t.database.db.select().from(adminAudit).where(eq(adminAudit.entityId, id));
    expect(rows.map((r) => r.action)).toEqual(['created', 'password_reset']);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(temporaryPassword);
    expect(text).not.toMatch(/argon2|"password"|"passwordHash"|temporaryPassword/i);
    expect(rows[0]!.after).toMatchObject({ username: 'audit.me', roles: ['counter'] });
  });
});
