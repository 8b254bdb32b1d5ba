import { isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addSums,
  createWorkingCalendar,
  createWorkingClock,
  DEFAULT_OFFICE_HOURS,
  figuresOf,
  periodSumsOf,
  replay,
  SEED_YEARLY_NOTICES,
  zeroSums,
  type DossierEventDraft,
  type DossierState,
} from '../catalog/core.ts';
import { createResolutionService } from '../../modules/reports/resolution-service.ts';
import { compactStatistics } from '../../modules/statistics/stat-compactor.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { center } from '../../db/schema/index.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { seedDemoDossiers, type DemoDossierCounts } from '../dossiers-seed.ts';
import { seedDemoIfEmpty } from '../seed.ts';
import { FIGURES_2014 } from './plan-2014.ts';
import { resultRows } from '../../db/result-rows.ts';

const FROM = '2014-01-01T00:00:00+07:00';
const TO = '2015-01-01T00:00:00+07:00';

/** The stored catalogue of checks on the loaded tables: what `withDeferredChecks` must put back. */
const CHECKS = sql`select conname as name from pg_constraint where conrelid::regclass::text in ('dossier', 'dossier_event', 'outbox', 'dossier_sequence')
  union all select indexrelid::regclass::text from pg_index where indrelid::regclass::text in ('dossier', 'dossier_event', 'outbox', 'dossier_sequence') order by 1`;

describe('the demo year 2014 loaded into the database', () => {
  let handle: DatabaseHandle;
  let counts: DemoDossierCounts;
  let checksBefore: unknown[];

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedDemoIfEmpty(handle.db, { password: 'motcua-demo-test' });
    const [province] = await handle.db.select({ id: center.id }).from(center).where(isNull(center.parentId));
    checksBefore = resultRows(await handle.db.execute(CHECKS));
    const options = {
      now: new Date('2026-11-25T09:00:00+07:00'),
      passwordHash: 'not-a-real-hash',
      periods: ['2014'] as const,
    };
    counts = await handle.db.transaction((tx) => seedDemoDossiers(tx, province!.id, options, () => {}));
  }, 300_000);
  afterAll(() => handle?.close());

  const one = async <T>(query: ReturnType<typeof sql>) => resultRows<T>(await handle.db.execute(query))[0]!;

  it('holds the source figures: received in 2014 by agency, resolved early or on time, late, in progress at the year end', async () => {
    const perAgency = resultRows<{ slug: string; n: number }>(
      await handle.db.execute(sql`select a.slug, count(*)::int as n from dossier d join agency a on a.id = d.agency_id
        where d.received_at >= ${FROM}::timestamptz and d.received_at < ${TO}::timestamptz group by a.slug`),
    );
    const bySlug = Object.fromEntries(perAgency.map((r) => [r.slug, r.n]));
    expect(perAgency.reduce((sum, r) => sum + r.n, 0)).toBe(FIGURES_2014.received);
    for (const [slug, n] of Object.entries(FIGURES_2014.byAgency)) expect(bySlug[slug]).toBe(n);
    const resolved = await one<{ onTime: number; late: number; open: number }>(sql`select
        count(*) filter (where resolved_at < ${TO}::timestamptz and (resolution <> 'decided' or resolved_at <= due_at))::int as "onTime",
        count(*) filter (where resolved_at < ${TO}::timestamptz and resolution = 'decided' and resolved_at > due_at)::int as late,
        count(*) filter (where resolved_at is null or resolved_at >= ${TO}::timestamptz)::int as open
      from dossier where received_at < ${TO}::timestamptz`);
    expect(resolved).toEqual({
      onTime: FIGURES_2014.earlyOrOnTime,
      late: FIGURES_2014.late,
      open: FIGURES_2014.inProgress,
    });
  });

  it('gives the source figures in the official report, read from the statistics the load wrote', async () => {
    const reports = createResolutionService({ db: handle.db });
    const year = await reports.report({ from: '2014-01-01', to: '2014-12-31', by: 'agency' });
    expect(year.total.received).toEqual({
      total: FIGURES_2014.received,
      online: expect.any(Number),
      direct: expect.any(Number),
      carriedOver: 0,
    });
    expect(year.total.resolved.early + year.total.resolved.onTime).toBe(FIGURES_2014.earlyOrOnTime);
    expect(year.total.resolved.late).toBe(FIGURES_2014.late);
    expect(year.total.inProgress.total).toBe(FIGURES_2014.inProgress);
    for (const [slug, n] of Object.entries(FIGURES_2014.byAgency))
      expect(year.rows.find((r) => 'agency' in r && r.agency.slug === slug)?.received.total).toBe(n);
  });

  it('agrees, for periods cutting through the year, with the definition applied to every stored dossier; compaction changes nothing', async () => {
    const clock = createWorkingClock(createWorkingCalendar({ notices: SEED_YEARLY_NOTICES }), DEFAULT_OFFICE_HOURS);
    const states = resultRows<{ state: DossierState }>(await handle.db.execute(sql`select state from dossier`)).map(
      (r) => r.state,
    );
    const reports = createResolutionService({ db: handle.db });
    const periods = [
      { from: '2014-04-01', to: '2014-06-30' },
      { from: '2014-07-15', to: '2014-07-15' },
      { from: '2014-12-01', to: '2015-01-31' },
    ];
    const expected = periods.map((p) =>
      figuresOf(states.reduce((sum, state) => addSums(sum, periodSumsOf(clock, state, p)), zeroSums())),
    );
    for (const [i, p] of periods.entries())
      expect((await reports.report({ ...p, by: 'field' })).total).toEqual(expected[i]);
    expect(await compactStatistics(handle.db)).toBeGreaterThan(0);
    expect(await one<{ n: number }>(sql`select count(*)::int as n from stat_delta`)).toEqual({ n: 0 });
    for (const [i, p] of periods.entries())
      expect((await reports.report({ ...p, by: 'agency' })).total).toEqual(expected[i]);
  });

  it('stores every generated row, the sequences agreeing with the codes, the mails as sent', async () => {
    const stored = await one<{
      dossiers: number;
      events: number;
      mails: number;
      unsent: number;
      sequenced: number;
      opened: number;
    }>(sql`select
        (select count(*)::int from dossier) as dossiers, (select count(*)::int from dossier_event) as events,
        (select count(*)::int from outbox) as mails, (select count(*)::int from outbox where sent_at is null) as unsent,
        (select sum(last)::int from dossier_sequence) as sequenced, (select count(*)::int from dossier_event where seq = 1 and type = 'open') as opened`);
    expect(stored).toEqual({
      dossiers: counts.dossiers,
      events: counts.events,
      mails: counts.mails,
      unsent: 0,
      sequenced: counts.dossiers,
      opened: counts.dossiers,
    });
    expect(counts.dossiers).toBe(FIGURES_2014.received);
  });

  it("records the desk that received each dossier: its agency's counter, the postal desk, none online", async () => {
    const desks = await one<{
      direct: number;
      wrongDirect: number;
      post: number;
      wrongPost: number;
      wrongOnline: number;
    }>(sql`select
        count(*) filter (where d.channel = 'direct')::int as "direct",
        count(*) filter (where d.channel = 'direct' and c.agency_id is distinct from d.agency_id)::int as "wrongDirect",
        count(*) filter (where d.channel = 'post')::int as "post",
        count(*) filter (where d.channel = 'post' and (c.agency_id is not null or c.number is distinct from 30))::int as "wrongPost",
        count(*) filter (where d.channel = 'online' and d.counter_id is not null)::int as "wrongOnline"
      from dossier d left join counter c on c.id = d.counter_id`);
    expect(desks).toMatchObject({ wrongDirect: 0, wrongPost: 0, wrongOnline: 0 });
    expect(desks.direct).toBeGreaterThan(FIGURES_2014.received * 0.9);
    expect(desks.post).toBeGreaterThan(0);
  });

  it('puts back every index and constraint it took off for the load', async () => {
    expect(resultRows(await handle.db.execute(CHECKS))).toEqual(checksBefore);
  });

  it('gives back, from the stored events, the stored state of each dossier', async () => {
    const sample = resultRows<{ id: string; state: unknown }>(
      await handle.db.execute(sql`select id, state from dossier order by code limit 300`),
    );
    const events = resultRows<{
      dossier_id: string;
      type: string;
      from_status: string | null;
      to_status: string;
      at: string | Date;
      actor_id: string | null;
      seq: number;
      payload: unknown;
    }>(
      await handle.db
        .execute(sql`select dossier_id, type, from_status, to_status, at, actor_id, seq, payload from dossier_event
        where dossier_id in (select id from dossier order by code limit 300) order by dossier_id, seq`),
    );
    for (const d of sample) {
      const history = events
        .filter((e) => e.dossier_id === d.id)
        .map(
          (e) =>
            ({
              type: e.type,
              fromStatus: e.from_status,
              toStatus: e.to_status,
              at: new Date(e.at).getTime(),
              actorId: e.actor_id ?? '',
              version: e.seq,
              payload: e.payload,
            }) as DossierEventDraft,
        );
      expect(replay(history)).toEqual(d.state);
    }
  });
  it('gives the demo citizens verified e-mails and profiles; congdan.0001 holds a verified identity (DESIGN §11)', async () => {
    const rows = resultRows<{
      username: string;
      email: string;
      verified: boolean;
      cccd: string;
      birth: string;
      identity: boolean;
    }>(
      await handle.db.execute(sql`select u.username, u.email, u.email_verified_at is not null as verified, p.cccd,
        p.birth_date::text as birth, p.identity_verified_at is not null as identity
        from app_user u join citizen_profile p on p.user_id = u.id where u.username in ('congdan.0001', 'congdan.0002')
        order by u.username`),
    );
    expect(rows.map((r) => [r.username, r.email, r.verified, r.identity])).toEqual([
      ['congdan.0001', 'congdan.0001@example.com', true, true],
      ['congdan.0002', 'congdan.0002@example.com', true, false],
    ]);
    for (const r of rows) {
      expect(r.cccd).toMatch(/^\d{12}$/);
      // The birth year is the one the CCCD encodes (TT 07/2016/TT-BCA: century digit, then two digits of the year).
      expect(Number(r.birth.slice(2, 4))).toBe(Number(r.cccd.slice(4, 6)));
    }
    const profiles = await one<{ n: number }>(sql`select count(*)::int as n from citizen_profile`);
    expect(profiles.n).toBe(1000);
  });
});
