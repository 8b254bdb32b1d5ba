import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { counterSession } from '../../db/schema/index.ts';
import { DEMO_PASSWORD, useTestApp } from '../../test/test-app.ts';
import { officerApi } from './officer-test-kit.ts';

const me = (t: { app: { inject: Function } }, cookie: string) =>
  (t.app.inject as (o: object) => Promise<{ statusCode: number }>)({ url: '/api/v1/me', headers: { cookie } });

describe('deactivation and the admin’s password reset', () => {
  const t = useTestApp();
  const api = officerApi(t);

  it('deactivation ends a live session at once and refuses the log-in; reactivation lets them back', async () => {
    const cookie = await t.login('tuphap.counter');
    const counters = await t.app.inject({ url: '/api/v1/counters', headers: { cookie } });
    let seated = false;
    for (const c of counters.json().items as { id: string }[]) {
      const url = `/api/v1/counters/${c.id}/session`;
      const sat = await t.app.inject({ method: 'POST', url, headers: { cookie }, payload: {} });
      if ((seated = sat.statusCode === 200)) break;
    }
    expect(seated).toBe(true);
    const id = await api.idOf('tuphap.counter');
    const res = await api.call('POST', `/api/v1/users/${id}/deactivate`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ username: 'tuphap.counter', active: false });
    expect((await me(t, cookie)).statusCode).toBe(401);
    await expect(t.login('tuphap.counter')).rejects.toThrow(/403|401/);
    const open = await t.database.db.select().from(counterSession).where(eq(counterSession.userId, id));
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((s) => s.endedAt !== null)).toBe(true);
    // The province center's inactive officers: the demo's closed district centers have theirs too (DESIGN §13).
    const listed = await api.call('GET', '/api/v1/users?status=inactive&agency=tuphap');
    expect(listed.json().items.map((o: { username: string }) => o.username)).toContain('tuphap.counter');
    const active = await api.call('GET', '/api/v1/users?agency=tuphap&pageSize=100');
    expect(active.json().items.map((o: { username: string }) => o.username)).not.toContain('tuphap.counter');

    const back = await api.call('POST', `/api/v1/users/${id}/reactivate`);
    expect(back.json()).toMatchObject({ active: true });
    expect(await t.login('tuphap.counter')).toMatch(/^motcua_session=/);
  });

  it('the admin cannot deactivate themselves', async () => {
    const id = await api.idOf('admin');
    const res = await api.call('POST', `/api/v1/users/${id}/deactivate`);
    expect(res.statusCode).toBe(409);
    expect(res.json().type).toBe('urn:motcua:problem:org.cannot_deactivate_self');
  });

  it('an unknown officer is 404', async () => {
    const res = await api.call('POST', '/api/v1/users/00000000-0000-4000-8000-000000000000/deactivate');
    expect(res.statusCode).toBe(404);
    expect(res.json().type).toBe('urn:motcua:problem:user.not_found');
  });

  it('a reset gives a temporary password, ends the sessions and the old password stops working', async () => {
    const cookie = await t.login('tuphap.head');
    const id = await api.idOf('tuphap.head');
    const res = await api.call('POST', `/api/v1/users/${id}/password-reset`, { delivery: 'temporary' });
    expect(res.statusCode).toBe(200);
    const { temporaryPassword } = res.json();
    expect(temporaryPassword).toHaveLength(19);
    expect((await me(t, cookie)).statusCode).toBe(401);
    await expect(t.login('tuphap.head', DEMO_PASSWORD)).rejects.toThrow(/401/);
    const fresh = await t.login('tuphap.head', temporaryPassword);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: fresh } })).json().mustChangePassword).toBe(
      true,
    );
  });
});
