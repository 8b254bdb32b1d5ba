import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay, type DossierEventDraft } from '../catalog/core.ts';
import type { DatabaseHandle } from '../../database.ts';
import { center } from '../../schema/index.ts';
import { createTestDatabase } from '../../../test/test-database.ts';
import { seedDemoDossiers, type DemoDossierCounts } from '../dossiers-seed.ts';
import { seedIfEmpty } from '../seed.ts';
import { FIGURES_2014 } from './plan-2014.ts';

const rowsOf = <T>(result: unknown): T[] => ((result as { rows?: T[] }).rows ?? (result as T[]));
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
    await seedIfEmpty(handle.db, { kind: 'demo', password: 'motcua-demo-test' });
    const [province] = await handle.db.select({ id: center.id }).from(center);
    checksBefore = rowsOf(await handle.db.execute(CHECKS));
    const options = { now: new Date('2026-11-25T09:00:00+07:00'), passwordHash: 'not-a-real-hash', periods: ['2014'] as const };
    counts = await handle.db.transaction((tx) => seedDemoDossiers(tx, province!.id, options, () => {}));
  }, 300_000);
  afterAll(() => handle?.close());

  const one = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await handle.db.execute(query))[0]!;

  it('holds the source figures: received in 2014 by agency, resolved early or on time, late, in progress at the year end', async () => {
    const perAgency = rowsOf<{ slug: string; n: number }>(
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
    expect(resolved).toEqual({ onTime: FIGURES_2014.earlyOrOnTime, late: FIGURES_2014.late, open: FIGURES_2014.inProgress });
  });

  it('stores every generated row, the sequences agreeing with the codes, the mails as sent', async () => {
    const stored = await one<{ dossiers: number; events: number; mails: number; unsent: number; sequenced: number; opened: number }>(sql`select
        (select count(*)::int from dossier) as dossiers, (select count(*)::int from dossier_event) as events,
        (select count(*)::int from outbox) as mails, (select count(*)::int from outbox where sent_at is null) as unsent,
        (select sum(last)::int from dossier_sequence) as sequenced, (select count(*)::int from dossier_event where seq = 1 and type = 'open') as opened`);
    expect(stored).toEqual({ dossiers: counts.dossiers, events: counts.events, mails: counts.mails, unsent: 0, sequenced: counts.dossiers, opened: counts.dossiers });
    expect(counts.dossiers).toBe(FIGURES_2014.received);
  });

  it('puts back every index and constraint it took off for the load', async () => {
    expect(rowsOf(await handle.db.execute(CHECKS))).toEqual(checksBefore);
  });

  it('gives back, from the stored events, the stored state of each dossier', async () => {
    const sample = rowsOf<{ id: string; state: unknown }>(await handle.db.execute(sql`select id, state from dossier order by code limit 300`));
    const events = rowsOf<{ dossier_id: string; type: string; from_status: string | null; to_status: string; at: string | Date; actor_id: string | null; seq: number; payload: unknown }>(
      await handle.db.execute(sql`select dossier_id, type, from_status, to_status, at, actor_id, seq, payload from dossier_event
        where dossier_id in (select id from dossier order by code limit 300) order by dossier_id, seq`),
    );
    for (const d of sample) {
      const history = events.filter((e) => e.dossier_id === d.id).map((e) => ({ type: e.type, fromStatus: e.from_status, toStatus: e.to_status, at: new Date(e.at).getTime(), actorId: e.actor_id ?? '', version: e.seq, payload: e.payload }) as DossierEventDraft);
      expect(replay(history)).toEqual(d.state);
    }
  });
});
