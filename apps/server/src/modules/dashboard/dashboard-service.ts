import {
  civilFromDay,
  dayFromCivil,
  dayOfInstant,
  formatLocalDate,
  startOfDay,
  type Dashboard,
  type DashboardDossierPage,
  type DashboardDossiersQuery,
  type DashboardQuery,
  type DashboardRow,
} from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import type { SatisfactionOf } from '../rating/rating-repo.ts';
import { createDashboardRepo, type Moments } from './dashboard-repo.ts';
import { trendOf, trendStart } from './dashboard-trend.ts';

const TOP_FIELDS = 10;

const rate = (good: number, all: number) => (all === 0 ? null : good / all);
const emptyRow = (): DashboardRow => ({
  receivedMonth: 0,
  resolvedMonth: 0,
  onTimeMonth: 0,
  lateMonth: 0,
  onTimeRate: null,
  inProgress: 0,
  overdue: 0,
});

function momentsAt(now: Date): Moments {
  const today = dayOfInstant(now.getTime());
  const { year, month } = civilFromDay(today);
  const monthStart = dayFromCivil(year, month, 1);
  return {
    now,
    startOfToday: new Date(startOfDay(today)),
    startOfMonth: new Date(startOfDay(monthStart)),
    today: formatLocalDate(today),
    monthStart: formatLocalDate(monthStart),
  };
}

/**
 * The leaders' dashboard (DESIGN §8): the director sees every agency or one; an agency head only their
 * own. Receptions and open dossiers are counted on the dossiers themselves (bounded by a month, or by the
 * open ones' partial index), resolutions and the trend on the statistics.
 */
export function createDashboardService(deps: { db: Database; now: () => Date; satisfaction: SatisfactionOf }) {
  const repo = createDashboardRepo(deps.db);

  async function agencyOf(user: SessionUser, slug: string | undefined) {
    const isDirector = user.roles.includes('director');
    if (!isDirector) {
      if (!user.agencyId) throw new AppError('auth.forbidden');
      const own = await repo.agencyById(user.agencyId);
      if (slug && own?.slug !== slug) throw new AppError('auth.forbidden');
      return own ?? null;
    }
    if (!slug) return null;
    const found = await repo.agencyBySlug(slug);
    if (!found) throw new AppError('report.agency_not_found');
    return found;
  }

  return {
    async dashboard(query: DashboardQuery, user: SessionUser): Promise<Dashboard> {
      const m = momentsAt(deps.now());
      const chosen = await agencyOf(user, query.agency);
      const scope = { agencyId: chosen?.id ?? null };
      const { year, month } = civilFromDay(dayOfInstant(m.now.getTime()));
      const [today, monthly, open, overdue, flows, rated] = await Promise.all([
        repo.countBy('received_today', m, scope),
        repo.countBy('received_month', m, scope),
        repo.countBy('in_progress', m, scope),
        repo.countBy('overdue', m, scope),
        repo.flowsSince(trendStart(year, month), m.today, scope.agencyId),
        deps.satisfaction(m.startOfMonth, new Date(m.now.getTime() + 1), scope.agencyId),
      ]);
      const byChannel = (rows: { channel: string; n: number }[]) => {
        const c = { total: 0, online: 0, direct: 0, post: 0 };
        for (const r of rows) {
          c[r.channel as 'online' | 'direct' | 'post'] += r.n;
          c.total += r.n;
        }
        return c;
      };
      const monthKey = m.monthStart.slice(0, 7);
      const thisMonth = flows.filter((f) => f.month === monthKey);
      const resolvedMonth = { total: 0, early: 0, onTime: 0, late: 0 };
      for (const f of thisMonth) {
        resolvedMonth.early += f.early;
        resolvedMonth.onTime += f.onTime;
        resolvedMonth.late += f.late;
      }
      resolvedMonth.total = resolvedMonth.early + resolvedMonth.onTime + resolvedMonth.late;

      const trend = trendOf(flows, year, month);

      // Rows per agency and per field: the same figures split.
      const rowsBy = (key: 'agencyId' | 'fieldId') => {
        const rows = new Map<string, DashboardRow>();
        const row = (id: string) => rows.get(id) ?? rows.set(id, emptyRow()).get(id)!;
        for (const r of monthly) row(r[key]).receivedMonth += r.n;
        for (const r of open) row(r[key]).inProgress += r.n;
        for (const r of overdue) row(r[key]).overdue += r.n;
        for (const f of thisMonth) {
          const x = row(f[key]);
          x.onTimeMonth += f.early + f.onTime;
          x.lateMonth += f.late;
          x.resolvedMonth += f.early + f.onTime + f.late;
        }
        for (const x of rows.values()) x.onTimeRate = rate(x.onTimeMonth, x.resolvedMonth);
        return rows;
      };
      const agencyRows = rowsBy('agencyId');
      const agencies = (await repo.agencies()).filter((a) =>
        scope.agencyId
          ? a.id === scope.agencyId
          : agencyRows.has(a.id) ||
            (a.effectiveFrom <= m.today && (a.effectiveTo === null || a.effectiveTo >= m.today)),
      );
      const fieldRows = [...rowsBy('fieldId')]
        .sort((a, b) => b[1].receivedMonth - a[1].receivedMonth || b[1].inProgress - a[1].inProgress)
        .slice(0, TOP_FIELDS);
      const fields = new Map((await repo.fieldsByIds(fieldRows.map(([id]) => id))).map((f) => [f.id, f]));

      const good = resolvedMonth.early + resolvedMonth.onTime;
      return {
        at: m.now.toISOString(),
        today: m.today,
        monthStart: m.monthStart,
        agency: chosen ? { code: chosen.code, slug: chosen.slug, name: chosen.name } : null,
        receivedToday: byChannel(today),
        receivedMonth: byChannel(monthly),
        resolvedMonth,
        onTimeRate: rate(good, resolvedMonth.total),
        inProgress: open.reduce((s, r) => s + r.n, 0),
        overdue: overdue.reduce((s, r) => s + r.n, 0),
        satisfaction: rate(rated.satisfied, rated.ratings),
        trend,
        byAgency: agencies.map((a) => ({
          agency: { code: a.code, slug: a.slug, name: a.name },
          ...(agencyRows.get(a.id) ?? emptyRow()),
        })),
        byField: fieldRows.flatMap(([id, row]) => {
          const f = fields.get(id);
          return f ? [{ field: { code: f.code, name: f.name }, ...row }] : [];
        }),
      };
    },

    async dossiers(query: DashboardDossiersQuery, user: SessionUser): Promise<DashboardDossierPage> {
      const m = momentsAt(deps.now());
      const chosen = await agencyOf(user, query.agency);
      const { rows, total } = await repo.dossiers(
        query.measure,
        m,
        { agencyId: chosen?.id ?? null, fieldCode: query.field, channel: query.channel },
        query.page,
        query.pageSize,
      );
      const iso = (d: Date | null) => (d ? d.toISOString() : null);
      return {
        items: rows.map((r) => ({
          ...r,
          channel: r.channel as 'online' | 'direct' | 'post',
          receivedAt: r.receivedAt!.toISOString(),
          dueAt: iso(r.dueAt),
          resolvedAt: iso(r.resolvedAt),
        })),
        total,
      };
    },
  };
}
export type DashboardService = ReturnType<typeof createDashboardService>;
