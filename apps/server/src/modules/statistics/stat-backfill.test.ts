import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkingCalendar, createWorkingClock, DEFAULT_OFFICE_HOURS, SEED_YEARLY_NOTICES } from '@motcua/core';
import { getProcedure, receiveDossier } from '../../test/dossier-builders.ts';
import { useTestApp } from '../../test/test-app.ts';
import { backfillStatistics } from './stat-backfill.ts';
const clock = createWorkingClock(createWorkingCalendar({ notices: SEED_YEARLY_NOTICES }), DEFAULT_OFFICE_HOURS);

describe('statistics for dossiers stored before them (an upgraded installation)', () => {
  const t = useTestApp({ now: () => new Date('2026-11-25T09:00:00+07:00') });
  let director: string;
  beforeAll(async () => {
    director = await t.login('director');
    const cookie = await t.login('congan.counter');
    const procedure = await getProcedure(t, 'cap ho chieu');
    for (let i = 0; i < 3; i++) await receiveDossier(t, { procedure, cookie });
  });

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
