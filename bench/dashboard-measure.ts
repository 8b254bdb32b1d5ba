import { deepStrictEqual } from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import type { Dashboard } from '../packages/core/src/index.ts';
import type { Database } from '../apps/server/src/db/database.ts';
import { resultRows } from '../apps/server/src/db/result-rows.ts';
import type { SessionUser } from '../apps/server/src/platform/auth/session-user.ts';
import { createDashboardService } from '../apps/server/src/modules/dashboard/dashboard-service.ts';
import { createRatingRepo } from '../apps/server/src/modules/rating/rating-repo.ts';
import { lowerIsBetter, type BenchRow } from './harness.ts';

/** The bench data set ends on 2026-11-20: the dashboard is read that afternoon. */
const NOW = new Date('2026-11-20T15:00:00+07:00');
const DIRECTOR: SessionUser = {
  id: '00000000-0000-4000-8000-000000000000',
  username: 'director',
  fullName: 'Bench',
  roles: ['director'],
  agencyId: null,
  centerId: '',
} as SessionUser;

type Trend = Dashboard['trend'][number];

/**
 * The dashboard's resolutions and trend counted the naive way, over the raw dossier table: the months
 * of the last year by reception and by resolution, classified on the columns (the bench data has no pauses).
 */
async function naiveTrend(db: Database, months: string[]): Promise<Trend[]> {
  const local = (column: string) => sql.raw(`((${column} at time zone 'UTC') + interval '7 hours')`);
  const start = `${months[0]}-01T00:00:00+07:00`;
  const rows = resultRows<{ month: string; received: number; good: number; resolved: number }>(
    await db.execute(sql`
      with r as (
        select to_char(${local('received_at')}, 'YYYY-MM') as month, count(*)::int as n
        from dossier where parent_id is null and received_at >= ${start}::timestamptz group by 1),
      s as (
        select to_char(${local('resolved_at')}, 'YYYY-MM') as month, count(*)::int as resolved,
          (count(*) filter (where resolution <> 'decided' or resolved_at <= due_at))::int as good
        from dossier where parent_id is null and received_at is not null and resolved_at >= ${start}::timestamptz group by 1)
      select m.month, coalesce(r.n, 0) as received, coalesce(s.good, 0) as good, coalesce(s.resolved, 0) as resolved
      from unnest(${sql.param(months)}::text[]) as m(month) left join r using (month) left join s using (month)
      order by m.month`),
  );
  return rows.map((r) => ({
    month: r.month,
    received: r.received,
    resolved: r.resolved,
    onTimeRate: r.resolved === 0 ? null : r.good / r.resolved,
  }));
}

/** DESIGN §10: the dashboard over the same 10 million dossiers, against the naive count of its trend. */
export async function measureDashboard(
  db: Database,
  size: string,
  timed: <T>(times: number, fn: () => Promise<T>) => Promise<{ value: T; median: number; p95: number }>,
): Promise<BenchRow> {
  const service = createDashboardService({ db, now: () => NOW, satisfaction: createRatingRepo(db).satisfaction });
  const board = await timed(20, () => service.dashboard({}, DIRECTOR));
  const months = board.value.trend.map((t) => t.month);
  const naive = await timed(3, () => naiveTrend(db, months));
  deepStrictEqual(
    board.value.trend.map((t) => ({
      ...t,
      onTimeRate: t.onTimeRate === null ? null : Number(t.onTimeRate.toFixed(12)),
    })),
    naive.value.map((t) => ({ ...t, onTimeRate: t.onTimeRate === null ? null : Number(t.onTimeRate.toFixed(12)) })),
    'dashboard trend differs from the naive count',
  );
  return lowerIsBetter({
    name: `dashboard, province (pg ${size})`,
    unit: 'ms',
    figure: board.median,
    baseline: naive.median,
    baselineName: 'naive trend on dossiers',
    goal: '< 200 ms',
    extra: `median of 20, p95 ${board.p95.toFixed(1)} ms, ${board.median < 200 ? 'under 200 ms' : 'OVER 200 ms'}; 12-month trend identical to naive; ${board.value.inProgress.toLocaleString('en-US')} open now`,
  });
}
