import { z } from 'zod';
import { LocalDate } from '../calendar/local-date.ts';
import { AgencySlug } from '../catalog/procedure-content.ts';
import { PageQuery } from '../paging.ts';

/**
 * The leaders' dashboard (DESIGN §8): `GET /api/v1/dashboard[?agency=<slug>]`. The director sees every
 * agency (or one), an agency head only their own. Flows come from the statistics (never stale); "now"
 * figures from the open dossiers at the request's instant. Every figure names the drill-down that lists
 * the dossiers it counts (`GET /api/v1/dashboard/dossiers?measure=…`).
 */
export const DashboardQuery = z.object({ agency: AgencySlug.optional() });
export type DashboardQuery = z.infer<typeof DashboardQuery>;

/** What a figure counts; the drill-down lists exactly those dossiers. */
export const DashboardMeasure = z.enum([
  'received_today',
  'received_month',
  'resolved_month',
  'early_month',
  'on_time_month',
  'late_month',
  'in_progress',
  'overdue',
]);
export type DashboardMeasure = z.infer<typeof DashboardMeasure>;

const count = z.int().nonnegative();
const ByChannel = z.object({ total: count, online: count, direct: count, post: count });
/** A share in [0, 1], or null when nothing was resolved (no rate to show). */
const Rate = z.number().min(0).max(1).nullable();

export const DashboardRow = z.object({
  receivedMonth: count,
  resolvedMonth: count,
  onTimeMonth: count,
  lateMonth: count,
  onTimeRate: Rate,
  inProgress: count,
  overdue: count,
});
export type DashboardRow = z.infer<typeof DashboardRow>;

export const Dashboard = z.object({
  /** The instant the "now" figures hold for, and the UTC+7 day and month the flows cover. */
  at: z.iso.datetime({ offset: true }),
  today: LocalDate,
  monthStart: LocalDate,
  agency: z.object({ code: z.string(), slug: z.string(), name: z.string() }).nullable(),
  receivedToday: ByChannel,
  receivedMonth: ByChannel,
  resolvedMonth: z.object({ total: count, early: count, onTime: count, late: count }),
  /** Resolved early or on time over resolved, this month. */
  onTimeRate: Rate,
  inProgress: count,
  overdue: count,
  /** Share of ratings "satisfied or better"; null until ratings are recorded. */
  satisfaction: Rate,
  /** The last 12 months, oldest first: resolved and the on-time rate of each. */
  trend: z.array(
    z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), received: count, resolved: count, onTimeRate: Rate }),
  ),
  byAgency: z.array(
    DashboardRow.extend({ agency: z.object({ code: z.string(), slug: z.string(), name: z.string() }) }),
  ),
  /** The fields with the most dossiers received this month (at most 10). */
  byField: z.array(DashboardRow.extend({ field: z.object({ code: z.string(), name: z.string() }) })),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const DashboardDossiersQuery = PageQuery.extend({
  measure: DashboardMeasure,
  agency: AgencySlug.optional(),
  field: z.string().max(30).optional(),
  channel: z.enum(['online', 'direct', 'post']).optional(),
});
export type DashboardDossiersQuery = z.infer<typeof DashboardDossiersQuery>;

export const DashboardDossier = z.object({
  id: z.string(),
  code: z.string(),
  procedureName: z.string(),
  agency: z.object({ slug: z.string(), name: z.string() }),
  channel: z.enum(['online', 'direct', 'post']),
  status: z.string(),
  receivedAt: z.iso.datetime({ offset: true }),
  dueAt: z.iso.datetime({ offset: true }).nullable(),
  resolvedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type DashboardDossier = z.infer<typeof DashboardDossier>;

export const DashboardDossierPage = z.object({ items: z.array(DashboardDossier), total: count });
export type DashboardDossierPage = z.infer<typeof DashboardDossierPage>;
