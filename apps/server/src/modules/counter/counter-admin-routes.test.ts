import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { agency, field } from '../../db/schema/index.ts';
import { useTestApp } from '../../test/test-app.ts';
import { orgClient, problemOf } from '../center/org-test-client.ts';

type Listed = { items: { id: string; number: number; validTo: string | null }[]; total: number };

describe('counters of a center administered by the admin (DESIGN §13)', () => {
  const t = useTestApp({ now: () => new Date('2026-11-25T09:00:00+07:00') });
  const { send, anonymous, audit } = orgClient(t);
  let centerId = '';
  let fieldCode = '';
  const counters = () => `/api/v1/centers/${centerId}/counters`;
  const desk = { number: 40, name: 'Quầy thử', agency: 'congan' };

  beforeAll(async () => {
    centerId = (await anonymous('GET', '/api/v1/centers')).json()[0].id;
    const [row] = await t.database.db
      .select({ code: field.code })
      .from(field)
      .innerJoin(agency, eq(agency.id, field.agencyId))
      .where(eq(agency.slug, 'congan'))
      .limit(1);
    fieldCode = row!.code;
  });

  it('creates a counter, edits it and closes it; the closed one is listed on request only; each change audited', async () => {
    const created = await send('POST', counters(), { ...desk, fields: [fieldCode] });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({
      ...desk,
      agency: { slug: 'congan' },
      center: { code: 'H49' },
      fields: [fieldCode],
      validFrom: '2026-11-25',
      validTo: null,
    });
    const edited = await send('PATCH', `/api/v1/counters/${id}`, { name: 'Quầy thử mới', agency: null, fields: [] });
    expect(edited.json()).toMatchObject({ name: 'Quầy thử mới', agency: null, fields: [] });

    const early = await send('POST', `/api/v1/counters/${id}/close`, { validTo: '2026-11-24' });
    expect([early.statusCode, problemOf(early)]).toEqual([409, 'org.period_invalid']);
    const closed = await send('POST', `/api/v1/counters/${id}/close`, { validTo: '2026-11-25' });
    expect([closed.statusCode, closed.json().validTo]).toEqual([200, '2026-11-25']);

    // Closed after today's end only: tomorrow it is gone from the default list.
    const open: Listed = (await send('GET', `${counters()}?pageSize=100`)).json();
    expect(open.items.map((c) => c.id)).toContain(id);
    const all: Listed = (await send('GET', `${counters()}?pageSize=100&includeClosed=true`)).json();
    expect(all.total).toBeGreaterThan(open.total); // the counters of the agencies merged away in 2025

    // Its number is free again for a new open counter.
    expect((await send('POST', counters(), desk)).statusCode).toBe(201);

    const rows = (await audit('counter')).filter((r: { entityId: string }) => r.entityId === id);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['closed', 'updated', 'created']);
    expect(rows[2]).toMatchObject({ user: { username: 'admin' }, before: null, after: { number: 40 } });
    expect([rows[1].before.name, rows[1].after.name]).toEqual(['Quầy thử', 'Quầy thử mới']);
    expect([rows[0].before.validTo, rows[0].after.validTo]).toEqual([null, '2026-11-25']);
  });

  it('refuses a number taken by an open counter of the center, on create and on edit', async () => {
    const taken = await send('POST', counters(), { ...desk, number: 1 });
    expect([taken.statusCode, problemOf(taken)]).toEqual([409, 'org.counter_number_taken']);
    const other = (await send('POST', counters(), { ...desk, number: 41 })).json();
    const renumbered = await send('PATCH', `/api/v1/counters/${other.id}`, { number: 1 });
    expect([renumbered.statusCode, problemOf(renumbered)]).toEqual([409, 'org.counter_number_taken']);
  });

  it('refuses an agency that does not serve at the center, an unknown agency and an unknown field', async () => {
    const district = (
      await send('POST', '/api/v1/centers', {
        code: '000.00.05.H01',
        name: 'Trung tâm huyện',
        level: 'district',
        parentCode: 'H49',
        validFrom: '2020-01-01',
      })
    ).json();
    const away = await send('POST', `/api/v1/centers/${district.id}/counters`, desk);
    expect([away.statusCode, away.json().errors]).toEqual([400, [{ path: 'agency', message: expect.any(String) }]]);
    const unknown = await send('POST', counters(), { ...desk, number: 42, agency: 'khongco' });
    expect([unknown.statusCode, unknown.json().errors?.[0]?.path]).toEqual([400, 'agency']);
    const noField = await send('POST', counters(), { ...desk, number: 43, fields: ['KHONG.CO'] });
    expect([noField.statusCode, problemOf(noField)]).toEqual([400, 'org.field_not_found']);
    const noCenter = await send('GET', '/api/v1/centers/00000000-0000-4000-8000-000000000000/counters');
    expect([noCenter.statusCode, problemOf(noCenter)]).toEqual([404, 'org.center_not_found']);
  });

  it('lets only the admin see and change counters: 403 for an officer, 401 for no one', async () => {
    expect((await send('GET', counters(), undefined, 'congan.counter')).statusCode).toBe(403);
    expect((await send('POST', counters(), desk, 'congan.head')).statusCode).toBe(403);
    expect((await anonymous('GET', counters())).statusCode).toBe(401);
    expect((await anonymous('POST', counters(), desk)).statusCode).toBe(401);
  });
});
