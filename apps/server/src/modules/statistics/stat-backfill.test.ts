import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkingCalendar, createWorkingClock, DEFAULT_OFFICE_HOURS, SEED_YEARLY_NOTICES } from '@motcua/core';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { backfillStatistics } from './stat-backfill.ts';
import { completeTicks } from '../../test/complete-ticks.ts';

const APPLICANT = {
  kind: 'person',
  fullName: 'Trịnh Văn Sơn',
  cccd: '022195012353',
  phone: '0912 345 676',
  email: null,
  address: 'Phường Cao Xanh, Hạ Long',
};
const clock = createWorkingClock(createWorkingCalendar({ notices: SEED_YEARLY_NOTICES }), DEFAULT_OFFICE_HOURS);

describe('statistics for dossiers stored before them (an upgraded installation)', () => {
  let t: TestApp;
  let director: string;
  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2026-11-25T09:00:00+07:00') });
    director = await t.login('director');
    const counter = await t.login('congan.counter');
    const code = (await t.app.inject({ url: '/api/v1/procedures?q=cap%20ho%20chieu' })).json().items[0].code;
    const procedure = (await t.app.inject({ url: `/api/v1/procedures/${code}` })).json().procedure;
    for (let i = 0; i < 3; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/dossiers',
        headers: { cookie: counter, 'idempotency-key': randomUUID() },
        payload: {
          procedureCode: code,
          applicant: APPLICANT,
          ticks: completeTicks(procedure.checklist),
          resultDelivery: 'counter',
        },
      });
    }
  });
  afterAll(() => t.close());

  const report = async () =>
    (
      await t.app.inject({
        url: '/api/v1/reports/resolution?from=2026-11-01&to=2026-11-30',
        headers: { cookie: director },
      })
    ).json().total;

  it('counts them once, however often it runs, and the report is as it was', async () => {
    const before = await report();
    expect(before.received.total).toBe(3);
    // As before migration 0009: no statistics at all.
    await t.database.db.execute(sql`delete from stat_delta`);
    await t.database.db.execute(sql`delete from stat_day`);
    await t.database.db.execute(sql`update dossier set stats = '[]'::jsonb`);
    expect((await report()).received.total).toBe(0);
    expect(await backfillStatistics(t.database.db, clock)).toBe(3);
    expect(await backfillStatistics(t.database.db, clock)).toBe(0);
    expect(await report()).toEqual(before);
  });
});
