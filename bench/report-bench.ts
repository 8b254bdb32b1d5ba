import { deepStrictEqual } from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import {
  figuresOf,
  periodBounds,
  totalOf,
  zeroSums,
  type PeriodSums,
  type ReportFigures,
  type ResolutionQuery,
  type ResolutionReport,
} from '../packages/core/src/index.ts';
import { runMigrations } from '../apps/server/src/db/migrate.ts';
import { openPg } from '../apps/server/src/db/open-database.ts';
import type { Database, DatabaseHandle } from '../apps/server/src/db/database.ts';
import { resultRows } from '../apps/server/src/db/result-rows.ts';
import { withDeferredChecks } from '../apps/server/src/demo/dossiers/deferred-checks.ts';
import { seedDemoIfEmpty } from '../apps/server/src/demo/seed.ts';
import { createResolutionService } from '../apps/server/src/modules/reports/resolution-service.ts';
import { lowerIsBetter, type Bench, type BenchRow } from './harness.ts';
import { measureDashboard } from './dashboard-measure.ts';

const serverUrl = process.env.MOTCUA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** `MOTCUA_BENCH_REPORT_SIZE=1m` for a quick run; 10m by default (DESIGN §10). */
const size = (process.env.MOTCUA_BENCH_REPORT_SIZE ?? '10m').toLowerCase();
/** Bumped whenever the generated data set changes, so that a cached database is rebuilt. */
const GENERATOR = 3;
const CHUNK = 1_000_000;
const LOCAL = `'Asia/Ho_Chi_Minh'`;
/** The weekday number of Friday 2026-11-20, the last reception day (see `weekday`). */
const LAST_WEEKDAY = `(('2026-11-20'::date - '2014-12-29'::date) / 7 * 5 + ('2026-11-20'::date - '2014-12-29'::date) % 7)`;

const started = performance.now();
const progress = (message: string) =>
  console.error(`report: [${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s] ${message}`);
const u = (k: number) => `((hashint8(n * 16 + ${k}) & 2147483647)::float8 / 2147483648)`;
/** A minute of the day after minute `after` and before 18:00. */
const minuteAfter = (after: string, k: number) => `${after} + 1 + floor(${u(k)} * (1080 - ${after} - 1))::int`;

/** The date of weekday number `k` counted from Monday 2014-12-29 (holidays are not skipped: a bench). */
const weekday = (k: string) => `('2014-12-29'::date + (${k}) / 5 * 7 + (${k}) % 5)`;

/**
 * Dossiers n = lo…hi, deterministic (hashes of n), in SQL: receptions on weekdays of 2015-01-01…
 * 2026-11-20 in office hours, growing over the years, over the procedures in force all along (skewed
 * toward the first agencies), each with the version in force on its reception day; due = reception +
 * the limit in weekdays; 85% early, 10% on the due day, 2% late, 3% withdrawn (some after the due
 * moment); a resolution after 2026-11-20 leaves it open, and 0.2% never end. No pauses, and no instant
 * at midnight, so that the naive query below is exact.
 */
const dossiersSql = (lo: number, hi: number) => `
  insert into dossier (center_id, received_center_id, agency_id, field_id, code, procedure_version_id, procedure_code, status, version, channel, applicant, details,
    applicant_name, applicant_name_folded, secret_hash, submitted_at, received_at, due_at, resolved_at, resolution, state, stats, updated_at)
  with v as materialized (
    select id, center_id, agency_id, field_id, code, effective_from, coalesce(effective_to, 'infinity') as effective_to,
      greatest(1, case time_limit_unit when 'days' then time_limit_value else ceil(time_limit_value / 8.0) end)::int as span
    from procedure_version
  ), codes as materialized (
    select (row_number() over (order by min(a.code), v.code) - 1)::int as i, v.code
    from procedure_version v join agency a on a.id = v.agency_id
    group by v.code
    having bool_or(v.effective_from <= '2015-01-01' and coalesce(v.effective_to, 'infinity') >= '2015-01-01') and bool_or(v.effective_to is null)
  ), g as (
    select n, floor((select count(*) from codes) * power(${u(1)}, 2))::int as pick,
      3 + floor((${LAST_WEEKDAY} - 3 + 1) * case when ${u(9)} < 0.5 then ${u(2)} else sqrt(${u(2)}) end)::int as k,
      case when m < 240 then 450 + m else 570 + m end as rm,
      case when ${u(4)} < 0.4 then 'online' when ${u(4)} < 0.9 then 'direct' else 'post' end as channel,
      ${u(5)} as outcome, ${u(6)} as ur, ${u(7)} < 0.002 as stuck
    from generate_series(${lo}, ${hi}) n, lateral (select floor(${u(3)} * 450)::int as m) r
  ), planned as (
    select g.*, v.id as pv_id, v.center_id, v.agency_id, v.field_id, v.code as pv_code, k + v.span as dk,
      case
        when outcome < 0.03 then k + floor(ur * (v.span + 3))::int
        when outcome < 0.05 then k + v.span + floor(ur * 8)::int
        when outcome < 0.15 then k + v.span
        else k + floor(ur * v.span)::int end as sk,
      case when outcome < 0.03 then 'withdrawn' else 'decided' end as kind
    from g join codes c on c.i = g.pick join v on v.code = c.code and ${weekday('k')} between v.effective_from and v.effective_to
  ), resolved as (
    select planned.*, case
        when sk = k then ${minuteAfter('rm', 8)}
        when outcome >= 0.05 and outcome < 0.15 then 450 + floor(${u(8)} * (rm - 450 + 1))::int
        when sk = dk and outcome >= 0.03 then ${minuteAfter('rm', 8)}
        else 450 + floor(${u(8)} * 600)::int end as sm,
      (stuck or ${weekday('sk')} > '2026-11-20') as open
    from planned
  ), t as (
    select resolved.*, (${weekday('k')} + rm * interval '1 minute') at time zone ${LOCAL} as received_at,
      (${weekday('dk')} + rm * interval '1 minute') at time zone ${LOCAL} as due_at,
      case when not open then (${weekday('sk')} + sm * interval '1 minute') at time zone ${LOCAL} end as resolved_at
    from resolved
  )
  select center_id, center_id, agency_id, field_id, 'BENCH-' || n, pv_id, pv_code, case when open then 'in_appraisal' when kind = 'withdrawn' then 'withdrawn' else 'returned' end, 1, channel,
    '{}', '{}', 'Bench', 'bench', 'x', received_at, received_at, due_at, resolved_at, case when not open then kind end, '{}', '[]', coalesce(resolved_at, received_at)
  from t`;

const local = (column: string) => `(${column} at time zone ${LOCAL})::date`;
const early = `resolution = 'decided' and resolved_at <= due_at and ${local('resolved_at')} < ${local('due_at')}`;
const late = `resolution = 'decided' and resolved_at > due_at`;

/**
 * `stat_day` from the dossiers with core `statContribution`'s rules for a dossier without pauses:
 * received and `open` +1 on the reception day; resolved by timeliness and `open` −1 on the resolution
 * day; `overdue` +1 on the due day when still open at its end, −1 on the resolution day after it.
 */
const statDaySql = `
  insert into stat_day (center_id, received_center_id, agency_id, field_id, day, received_online, received_direct, resolved_early, resolved_on_time, resolved_late, open, overdue)
  select center_id, center_id, agency_id, field_id, day, sum(ro), sum(rd), sum(re), sum(rt), sum(rl), sum(op), sum(ov)
  from (
    select center_id, agency_id, field_id, ${local('received_at')} as day, (channel = 'online')::int as ro, (channel <> 'online')::int as rd, 0 as re, 0 as rt, 0 as rl, 1 as op, 0 as ov
    from dossier where received_at is not null and parent_id is null
    union all
    select center_id, agency_id, field_id, ${local('resolved_at')}, 0, 0, (${early})::int, (not (${early}) and not (${late}))::int, (${late})::int, -1,
      -(${local('resolved_at')} > ${local('due_at')})::int
    from dossier where resolved_at is not null and parent_id is null
    union all
    select center_id, agency_id, field_id, ${local('due_at')}, 0, 0, 0, 0, 0, 0, 1
    from dossier where received_at is not null and parent_id is null and (resolved_at is null or ${local('resolved_at')} > ${local('due_at')})
  ) c
  group by center_id, agency_id, field_id, day`;

/** The definition over the raw dossier table (DESIGN §8): one scan, the figures of every row of the report. */
async function naiveSums(db: Database, q: ResolutionQuery, centerId: string | null): Promise<Map<string, PeriodSums>> {
  const bounds = periodBounds(q);
  const [start, end] = [new Date(bounds.start).toISOString(), new Date(bounds.end).toISOString()];
  const key = sql.raw(q.by === 'field' ? 'field_id' : 'agency_id');
  const resolvedIn = sql`resolved_at >= ${start} and resolved_at < ${end}`;
  const rows = resultRows<{ key: string } & PeriodSums>(
    await db.execute(sql`
      select ${key} as key,
        count(*) filter (where received_at >= ${start} and channel = 'online')::int as "receivedOnline",
        count(*) filter (where received_at >= ${start} and channel <> 'online')::int as "receivedDirect",
        count(*) filter (where received_at < ${start} and (resolved_at is null or resolved_at >= ${start}))::int as "openBefore",
        count(*) filter (where ${resolvedIn} and ${sql.raw(early)})::int as "resolvedEarly",
        count(*) filter (where ${resolvedIn} and not (${sql.raw(early)}) and not (${sql.raw(late)}))::int as "resolvedOnTime",
        count(*) filter (where ${resolvedIn} and ${sql.raw(late)})::int as "resolvedLate",
        count(*) filter (where resolved_at is null or resolved_at >= ${end})::int as "openAtEnd",
        count(*) filter (where (resolved_at is null or resolved_at >= ${end}) and due_at < ${end})::int as "overdueAtEnd"
      from dossier
      where received_at < ${end} and parent_id is null ${centerId ? sql`and center_id = ${centerId}` : sql``}
      group by 1`),
  );
  return new Map(rows.map(({ key, ...sums }) => [key, { ...zeroSums(), ...sums }]));
}

/** The rows a statement wrote (node-postgres). */
const affected = (result: unknown) => (result as { rowCount?: number | null }).rowCount ?? 0;

async function dropDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`).finally(() => admin.end());
}

/** Whether a complete data set of this size is there (its bench_meta row); an incomplete or older one is dropped. */
async function reusable(url: URL, rows: number): Promise<boolean> {
  const probe = new pg.Client({ connectionString: url.toString() });
  const meta = await probe
    .connect()
    .then(() =>
      probe.query('select 1 from bench_meta where size = $1 and rows = $2 and generator = $3', [size, rows, GENERATOR]),
    )
    .catch(() => ({ rowCount: 0 }))
    .finally(() => probe.end().catch(() => {}));
  if (meta.rowCount) return true;
  await dropDatabase(url.pathname.slice(1));
  return false;
}

/** The database with the app's migrations; a cached one they no longer apply to (renumbered in development) is made again. */
async function migrated(url: URL, cached: boolean): Promise<{ database: DatabaseHandle; cached: boolean }> {
  const database = await openPg(url.toString(), { max: 4 });
  try {
    await runMigrations(database);
    return { database, cached };
  } catch (error) {
    await database.close();
    if (!cached) throw error;
    progress(
      `the migrations fail on the cached database (${((error as { cause?: Error }).cause ?? (error as Error)).message}): making it again`,
    );
    await dropDatabase(url.pathname.slice(1));
    return migrated(url, false);
  }
}

/** The demo's reference data (no demo dossiers), then the data set in SQL, a progress line per step. */
async function load(db: Database, rows: number): Promise<void> {
  const count = (n: number) => n.toLocaleString('en-US');
  await seedDemoIfEmpty(db, { password: 'motcua-demo' });
  progress('demo reference data seeded');
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '256MB'`);
    await tx.execute(sql`set local maintenance_work_mem = '1GB'`);
    // The seed's bulk-load helper: dossier's secondary indexes and foreign keys are rebuilt once, after the rows.
    await withDeferredChecks(tx, ['dossier'], async () => {
      let loaded = 0;
      for (let lo = 1; lo <= rows; lo += CHUNK) {
        loaded += affected(await tx.execute(sql.raw(dossiersSql(lo, Math.min(rows, lo + CHUNK - 1)))));
        progress(`dossiers ${count(loaded)} / ${count(rows)}`);
      }
      if (loaded !== rows)
        throw new Error(
          `generated ${loaded} dossiers instead of ${rows}: a procedure has no version in force on some day`,
        );
    });
    progress('dossier indexes and foreign keys rebuilt');
    // Through stat_day's triggers, as the compactor writes it.
    progress(`stat_day: ${count(affected(await tx.execute(sql.raw(statDaySql))))} rows`);
  });
  await db.execute(sql`vacuum (analyze) dossier, stat_day, stat_month, stat_delta`);
  progress('vacuum analyze done');
  await db.execute(
    sql`create table bench_meta (size text not null, rows bigint not null, generator int not null, created_at timestamptz not null default now())`,
  );
  await db.execute(sql`insert into bench_meta (size, rows, generator) values (${size}, ${rows}, ${GENERATOR})`);
}

/** `motcua_bench_report_<size>`, made once with the app's migrations and kept between runs. */
async function openBenchDatabase(rows: number): Promise<DatabaseHandle> {
  const url = new URL(serverUrl);
  url.pathname = `/motcua_bench_report_${size}`;
  const { database, cached } = await migrated(url, await reusable(url, rows));
  try {
    if (!cached) await load(database.db, rows);
    const [bytes] = resultRows<{ size: string }>(
      await database.db.execute(sql`select pg_size_pretty(pg_database_size(current_database())) as size`),
    );
    progress(
      `${cached ? 'reusing' : 'made'} ${url.pathname.slice(1)}: ${rows.toLocaleString('en-US')} dossiers, ${bytes!.size}`,
    );
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function timed<T>(times: number, fn: () => Promise<T>): Promise<{ value: T; median: number; p95: number }> {
  let value = await fn(); // warm up
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    value = await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return {
    value,
    median: ms[Math.floor((ms.length - 1) / 2)]!,
    p95: ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)]!,
  };
}

const PERIODS: { label: string; query: ResolutionQuery }[] = [
  { label: 'year 2025 by agency', query: { from: '2025-01-01', to: '2025-12-31', by: 'agency', center: 'H49' } },
  { label: 'month 2026-10 by field', query: { from: '2026-10-01', to: '2026-10-31', by: 'field', center: 'H49' } },
  { label: 'quarter 2026 Q3, province', query: { from: '2026-07-01', to: '2026-09-30', by: 'agency' } },
];

type Row = ReportFigures & { agency?: { code: string }; field?: { code: string } };

/** Fails the bench unless every row of the report and its total are what the naive query counts. */
function assertIdentical(
  label: string,
  report: ResolutionReport,
  naive: Map<string, PeriodSums>,
  idOf: Map<string, string>,
): void {
  const listed = new Set<string>();
  for (const { agency, field, ...figures } of report.rows as Row[]) {
    const code = (agency ?? field)!.code;
    const id = idOf.get(code)!;
    listed.add(id);
    deepStrictEqual(
      figures,
      figuresOf(naive.get(id) ?? zeroSums()),
      `${label}: ${code} differs between the statistics and the naive query`,
    );
  }
  const missing = [...naive]
    .filter(([id, sums]) => !listed.has(id) && Object.values(sums).some((v) => v !== 0))
    .map(([id]) => id);
  if (missing.length)
    throw new Error(`${label}: the report has no row for ${missing.join(', ')}, which the naive query counts`);
  deepStrictEqual(report.total, totalOf([...naive.values()].map(figuresOf)), `${label}: the total differs`);
}

async function measure(
  db: Database,
  label: string,
  query: ResolutionQuery,
  ids: { center: string; of: Map<string, string> },
): Promise<BenchRow> {
  const service = createResolutionService({ db });
  const stats = await timed(20, () => service.report(query));
  const naive = await timed(3, () => naiveSums(db, query, query.center ? ids.center : null));
  assertIdentical(label, stats.value, naive.value, ids.of);
  const ratio = naive.median / stats.median;
  progress(
    `${label}: stats ${stats.median.toFixed(1)} ms (p95 ${stats.p95.toFixed(1)}), naive ${naive.median.toFixed(0)} ms, ${stats.value.rows.length} rows identical`,
  );
  return lowerIsBetter({
    name: `report ${label} (pg ${size})`,
    unit: 'ms',
    figure: stats.median,
    baseline: naive.median,
    baselineName: 'naive query on dossiers',
    goal: '≥ 100×, < 200 ms',
    extra: [
      `median of 20, p95 ${stats.p95.toFixed(1)} ms, ${stats.median < 200 ? 'under 200 ms' : 'OVER 200 ms'}`,
      size !== '10m' ? 'the 100× goal is set at 10m' : ratio >= 100 ? '100× met' : 'BELOW 100×',
      `received ${stats.value.total.received.total.toLocaleString('en-US')}, ${stats.value.rows.length} rows identical to naive`,
    ].join('; '),
  });
}

/** Biểu II.06a (DESIGN §8, §10) over 10 million dossiers on the server: statistics against the naive query. */
export const reportBench: Bench = {
  name: 'report',
  run: async () => {
    const match = /^(\d+)([km])$/.exec(size);
    if (!match) throw new Error(`MOTCUA_BENCH_REPORT_SIZE must look like 1m, 10m or 200k, not ${size}`);
    const database = await openBenchDatabase(Number(match[1]) * (match[2] === 'm' ? 1_000_000 : 1_000));
    try {
      const db = database.db;
      const [center] = resultRows<{ id: string }>(await db.execute(sql`select id from center where code = 'H49'`));
      const codes = resultRows<{ id: string; code: string }>(
        await db.execute(sql`select id, code from agency union all select id, code from field`),
      );
      const ids = { center: center!.id, of: new Map(codes.map((r) => [r.code, r.id])) };
      const out: BenchRow[] = [];
      for (const { label, query } of PERIODS) out.push(await measure(db, label, query, ids));
      out.push(await measureDashboard(db, size, timed));
      return out;
    } finally {
      await database.close();
    }
  },
};
