import { describe, expect, it } from 'vitest';
import { center } from '../../db/schema/index.ts';
import { testDriver } from '../../test/test-database.ts';
import { useTestApp } from '../../test/test-app.ts';
import { createCenterAdminRepo } from './center-admin-repo.ts';
import { orgClient, problemOf } from './org-test-client.ts';

const hours = { sessions: [{ start: '07:00', end: '11:00' }] };

describe('centers administered by the admin (DESIGN §11 org, §13)', () => {
  const t = useTestApp({ now: () => new Date('2026-11-25T09:00:00+07:00') });
  const { send, anonymous, audit } = orgClient(t);
  const district = { code: '000.00.02.H01', name: 'Trung tâm huyện thử', level: 'district', parentCode: 'H49' };

  it('lists every center to anyone, the province center first, dates as YYYY-MM-DD', async () => {
    const res = await anonymous('GET', '/api/v1/centers');
    expect(res.statusCode).toBe(200);
    expect(res.json()[0]).toMatchObject({ code: 'H49', level: 'province', parentCode: null, validTo: null });
    expect(res.json()[0].validFrom).toBe('2014-03-26');
  });

  it('creates a district center under the province center, edits it and closes it, each change audited', async () => {
    const created = await send('POST', '/api/v1/centers', {
      ...district,
      code: '000.00.01.H01',
      validFrom: '2015-01-01',
      address: 'Số 1, thị trấn',
    });
    expect(created.statusCode).toBe(201);
    const center = created.json();
    expect(center).toMatchObject({
      code: '000.00.01.H01',
      parentCode: 'H49',
      validTo: null,
      address: 'Số 1, thị trấn',
    });

    const edited = await send('PATCH', `/api/v1/centers/${center.id}`, {
      name: 'Trung tâm huyện mới',
      officeHours: hours,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ name: 'Trung tâm huyện mới', officeHours: hours });

    const early = await send('POST', `/api/v1/centers/${center.id}/close`, { validTo: '2014-12-31' });
    expect([early.statusCode, problemOf(early)]).toEqual([409, 'org.period_invalid']);
    const closed = await send('POST', `/api/v1/centers/${center.id}/close`, { validTo: '2025-06-30' });
    expect([closed.statusCode, closed.json().validTo]).toEqual([200, '2025-06-30']);
    const again = await send('POST', `/api/v1/centers/${center.id}/close`, { validTo: '2025-07-31' });
    expect([again.statusCode, problemOf(again)]).toEqual([409, 'org.period_invalid']);

    const listed = (await anonymous('GET', '/api/v1/centers')).json();
    expect(listed.find((c: { id: string }) => c.id === center.id).validTo).toBe('2025-06-30');

    const rows = (await audit('center')).filter((r: { entityId: string }) => r.entityId === center.id);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['closed', 'updated', 'created']);
    expect(rows[2]).toMatchObject({
      user: { username: 'admin' },
      before: null,
      after: { name: 'Trung tâm huyện thử' },
    });
    expect(rows[1].before.name).toBe('Trung tâm huyện thử');
    expect(rows[1].after).toMatchObject({ name: 'Trung tâm huyện mới', officeHours: hours });
    expect([rows[0].before.validTo, rows[0].after.validTo]).toEqual([null, '2025-06-30']);
  });

  it.each([
    [
      'a second open province center',
      { code: 'H50', name: 'Tỉnh khác', level: 'province' },
      409,
      'org.province_center_exists',
    ],
    ['a code already used', { code: 'H49', name: 'Trùng mã', level: 'province' }, 409, 'org.center_code_taken'],
    ['a district without a parent', { ...district, parentCode: null }, 400, 'org.parent_required'],
  ])('refuses %s', async (_, body, status, code) => {
    const res = await send('POST', '/api/v1/centers', { validFrom: '2020-01-01', ...body });
    expect([res.statusCode, problemOf(res)]).toEqual([status, code]);
  });

  it.each([
    ['district', '2025-07-01', 'org.district_ended'],
    ['commune', '2025-06-30', 'org.commune_not_yet'],
  ])('refuses a %s center from %s with an error on its first day', async (level, validFrom, message) => {
    const res = await send('POST', '/api/v1/centers', { ...district, code: 'X01', level, validFrom });
    expect([res.statusCode, problemOf(res)]).toEqual([400, 'request.validation_failed']);
    expect(res.json().errors).toEqual([{ path: 'validFrom', message: expect.any(String) }]);
    expect(res.json().errors[0].message).not.toBe(message); // translated, not the key
  });

  it("changes the calendar's office hours when the province center's change, in the calendar's own audit too", async () => {
    const province = (await anonymous('GET', '/api/v1/centers')).json()[0];
    const before = (await send('GET', '/api/v1/calendar/office-hours')).json();
    const res = await send('PATCH', `/api/v1/centers/${province.id}`, { officeHours: hours });
    expect(res.statusCode).toBe(200);
    expect((await send('GET', '/api/v1/calendar/office-hours')).json()).toEqual(hours);
    await send('PATCH', `/api/v1/centers/${province.id}`, { officeHours: before });
    expect((await send('GET', '/api/v1/calendar/office-hours')).json()).toEqual(before);
  });

  // Two connections are needed to hold a change open while another comes: the PostgreSQL server only.
  it.skipIf(testDriver !== 'pg')(
    'makes a create wait for a change in progress, then refuse its code: 409, not a 500',
    async () => {
      await send('GET', '/api/v1/admin/audit'); // logged in before the race
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let taken = () => {};
      const lockTaken = new Promise<void>((resolve) => (taken = resolve));
      const other = t.database.db.transaction(async (tx) => {
        await createCenterAdminRepo(tx, () => '2026-01-05').lockCenters();
        await tx.insert(center).values({
          code: 'X09',
          name: 'Đang tạo',
          level: 'province',
          effectiveFrom: '2020-01-01',
          effectiveTo: '2020-12-31',
        });
        taken();
        await held;
      });
      await lockTaken;
      const answer = send('POST', '/api/v1/centers', { ...district, code: 'X09', validFrom: '2020-01-01' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      await other;
      const res = await answer;
      expect([res.statusCode, problemOf(res)]).toEqual([409, 'org.center_code_taken']);
    },
  );

  it('lets only the admin change centers: 403 for an officer, 401 for no one', async () => {
    const body = { ...district, code: 'X02', validFrom: '2020-01-01' };
    expect((await send('POST', '/api/v1/centers', body, 'congan.head')).statusCode).toBe(403);
    expect((await anonymous('POST', '/api/v1/centers', body)).statusCode).toBe(401);
    expect((await send('GET', '/api/v1/admin/audit', undefined, 'director')).statusCode).toBe(403);
    expect((await anonymous('GET', '/api/v1/admin/audit')).statusCode).toBe(401);
  });

  it('answers 404 for a center that does not exist', async () => {
    const res = await send('PATCH', '/api/v1/centers/00000000-0000-4000-8000-000000000000', { name: 'Không có' });
    expect([res.statusCode, problemOf(res)]).toEqual([404, 'org.center_not_found']);
  });
});
