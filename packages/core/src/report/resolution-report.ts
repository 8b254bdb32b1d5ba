import { z } from 'zod';
import { LocalDate, parseLocalDate, startOfDay } from '../calendar/local-date.ts';
import type { WorkingClock } from '../calendar/working-time.ts';
import type { DossierState } from '../dossier/dossier-state.ts';
import { classifyState } from '../dossier/timeliness.ts';
import { endOfDay, type StatChange } from './stat-contribution.ts';
import { ReportPeriod } from './report-api.ts';
import { CenterLevel } from '../org/org-api.ts';
import type { Role } from '../auth/role.ts';

export type ReportCenter = { ok: true; center: string | undefined } | { ok: false; code: 'auth.forbidden' };

/**
 * Whose figures a reader may ask for (DESIGN §1, §13): the province's director (and the admin) any center's or the
 * whole province's; a center's own director their center's only, asked or not.
 */
export function reportCenterFor(
  reader: { roles: readonly Role[]; centerCode: string | null },
  requested: string | undefined,
): ReportCenter {
  if (reader.roles.includes('director') || reader.roles.includes('admin')) return { ok: true, center: requested };
  if (!reader.roles.includes('center_director') || reader.centerCode === null)
    return { ok: false, code: 'auth.forbidden' };
  if (requested !== undefined && requested !== reader.centerCode) return { ok: false, code: 'auth.forbidden' };
  return { ok: true, center: reader.centerCode };
}

/**
 * Biểu II.06a/VPCP/KSTT (DESIGN §8, §11): `GET /api/v1/reports/resolution?from&to[&center][&level][&by]`.
 * Without `center`, the whole province; `center` and `level` filter on where dossiers were received (DESIGN §13);
 * `by=center` gives a row per receiving center, whose sum is the province's. `rollup` counts agencies merged in
 * 2025 under their successors.
 */
export const ReportGrouping = z.enum(['agency', 'field', 'center']);
export type ReportGrouping = z.infer<typeof ReportGrouping>;

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

export const ResolutionQuery = z
  .object({
    from: LocalDate,
    to: LocalDate,
    center: z.string().trim().min(1).max(40).optional(),
    level: CenterLevel.optional(),
    by: ReportGrouping.default('agency'),
    rollup: flag.optional(),
  })
  .and(ReportPeriod);
export type ResolutionQuery = z.infer<typeof ResolutionQuery>;

const count = z.int().nonnegative();
/** One row's figures; column numbers of the official form in the comments. */
export const ReportFigures = z.object({
  /** (3) = (4) online + (5) at the counter or by post + (6) carried over from before `from`. */
  received: z.object({ total: count, online: count, direct: count, carriedOver: count }),
  /** (7) = (8) early + (9) on time + (10) late, resolved within the period. */
  resolved: z.object({ total: count, early: count, onTime: count, late: count }),
  /** (11) = (12) on time + (13) overdue, as of the end of `to`. */
  inProgress: z.object({ total: count, onTime: count, overdue: count }),
});
export type ReportFigures = z.infer<typeof ReportFigures>;

const AgencyHeading = z.object({ code: z.string(), slug: z.string(), name: z.string() });
const FieldHeading = z.object({ code: z.string(), name: z.string() });
const CenterHeading = z.object({ code: z.string(), name: z.string(), level: CenterLevel });
export const ResolutionRow = z.union([
  ReportFigures.extend({ agency: AgencyHeading }),
  ReportFigures.extend({ field: FieldHeading }),
  ReportFigures.extend({ center: CenterHeading }),
]);
export type ResolutionRow = z.infer<typeof ResolutionRow>;

export const ResolutionReport = z.object({
  from: LocalDate,
  to: LocalDate,
  by: ReportGrouping,
  center: z.object({ code: z.string(), name: z.string() }).nullable(),
  rows: z.array(ResolutionRow),
  total: ReportFigures,
});
export type ResolutionReport = z.infer<typeof ResolutionReport>;

/** The sums a row is made of: flows within [from, to] and levels before `from` and at the end of `to`. */
export type PeriodSums = {
  receivedOnline: number;
  receivedDirect: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  /** Open at the end of the day before `from`: carried over (6). */
  openBefore: number;
  /** Open at the end of `to`, and how many of them past their due moment. */
  openAtEnd: number;
  overdueAtEnd: number;
};

export const zeroSums = (): PeriodSums => ({
  receivedOnline: 0,
  receivedDirect: 0,
  resolvedEarly: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  openBefore: 0,
  openAtEnd: 0,
  overdueAtEnd: 0,
});

export function addSums(a: PeriodSums, b: PeriodSums): PeriodSums {
  const out = zeroSums();
  for (const k of Object.keys(out) as (keyof PeriodSums)[]) out[k] = a[k] + b[k];
  return out;
}

/** A row's figures from its sums; the identities (3)=(4)+(5)+(6), (7)=(8)+(9)+(10), (11)=(12)+(13) hold by construction. */
export function figuresOf(s: PeriodSums): ReportFigures {
  return {
    received: {
      total: s.receivedOnline + s.receivedDirect + s.openBefore,
      online: s.receivedOnline,
      direct: s.receivedDirect,
      carriedOver: s.openBefore,
    },
    resolved: {
      total: s.resolvedEarly + s.resolvedOnTime + s.resolvedLate,
      early: s.resolvedEarly,
      onTime: s.resolvedOnTime,
      late: s.resolvedLate,
    },
    inProgress: { total: s.openAtEnd, onTime: s.openAtEnd - s.overdueAtEnd, overdue: s.overdueAtEnd },
  };
}

/** The total row: the sum of the rows (DESIGN §8). */
export function totalOf(rows: readonly ReportFigures[]): ReportFigures {
  const total: ReportFigures = {
    received: { total: 0, online: 0, direct: 0, carriedOver: 0 },
    resolved: { total: 0, early: 0, onTime: 0, late: 0 },
    inProgress: { total: 0, onTime: 0, overdue: 0 },
  };
  for (const row of rows) {
    for (const group of ['received', 'resolved', 'inProgress'] as const) {
      const into = total[group] as Record<string, number>;
      for (const [k, v] of Object.entries(row[group])) into[k] = (into[k] ?? 0) + v;
    }
  }
  return total;
}

/**
 * The definition itself, for one dossier (DESIGN §8): what it adds to a period's sums, read from its
 * classification at the period's two boundaries (the last instants of the day before `from` and of `to`). The statistics tables must agree with this on every
 * dossier; tests and drill-downs use it, reports read the tables.
 */
export function periodSumsOf(clock: WorkingClock, state: DossierState, period: ReportPeriod): PeriodSums {
  const sums = zeroSums();
  if (state.receivedAt === null) return sums;
  const from = parseLocalDate(period.from);
  const to = parseLocalDate(period.to);
  const start = startOfDay(from);
  if (state.receivedAt > endOfDay(to)) return sums;
  if (state.receivedAt >= start) sums[state.channel === 'online' ? 'receivedOnline' : 'receivedDirect'] = 1;
  else if (classifyState(clock, state, endOfDay(from - 1))?.status === 'inProgress') sums.openBefore = 1;
  const atEnd = classifyState(clock, state, endOfDay(to))!;
  if (atEnd.status === 'inProgress') {
    sums.openAtEnd = 1;
    if (atEnd.timeliness === 'overdue') sums.overdueAtEnd = 1;
  } else if (state.resolution && state.resolution.at >= start) {
    sums[
      atEnd.timeliness === 'early' ? 'resolvedEarly' : atEnd.timeliness === 'onTime' ? 'resolvedOnTime' : 'resolvedLate'
    ] = 1;
  }
  return sums;
}

/**
 * A period's sums from statistics changes, as the report's SQL reads its tables: flows of the days in
 * [from, to]; `open` summed over the days before `from`; `open` and `overdue` over the days up to `to`.
 */
export function periodSumsOfChanges(changes: readonly StatChange[], period: ReportPeriod): PeriodSums {
  const from = parseLocalDate(period.from);
  const to = parseLocalDate(period.to);
  const sums = zeroSums();
  for (const c of changes) {
    if (c.day < from) sums.openBefore += c.open;
    if (c.day > to) continue;
    sums.openAtEnd += c.open;
    sums.overdueAtEnd += c.overdue;
    if (c.day < from) continue;
    sums.receivedOnline += c.receivedOnline;
    sums.receivedDirect += c.receivedDirect;
    sums.resolvedEarly += c.resolvedEarly;
    sums.resolvedOnTime += c.resolvedOnTime;
    sums.resolvedLate += c.resolvedLate;
  }
  return sums;
}
