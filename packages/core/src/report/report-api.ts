import { z } from 'zod';
import { LocalDate, parseLocalDate, startOfDay } from '../calendar/local-date.ts';
import { AgencySlug } from '../catalog/procedure-content.ts';

/** A report period [from, to]: inclusive UTC+7 dates (DESIGN §8), at most about a year and a day. */
export const ReportPeriod = z
  .object({ from: LocalDate, to: LocalDate })
  .refine((p) => !LocalDate.safeParse(p.from).success || !LocalDate.safeParse(p.to).success || p.from <= p.to, {
    message: 'calendar.range_reversed',
    path: ['to'],
  });
export type ReportPeriod = z.infer<typeof ReportPeriod>;

/** `GET /api/v1/reports/ledger.xlsx?from&to[&agency]` (DESIGN §11). */
export const LedgerQuery = z
  .object({ from: LocalDate, to: LocalDate, agency: AgencySlug.optional() })
  .and(ReportPeriod);
export type LedgerQuery = z.infer<typeof LedgerQuery>;

/** The instants that bound a period: from the start of `from` (UTC+7) to the start of the day after `to`. */
export function periodBounds(period: ReportPeriod): { start: number; end: number } {
  return { start: startOfDay(parseLocalDate(period.from)), end: startOfDay(parseLocalDate(period.to) + 1) };
}

/** `GET /api/v1/reports/national-index?from&to[&agency]`: QĐ 766 scores of the province, or of one agency. */
export const NationalIndexQuery = z
  .object({ from: LocalDate, to: LocalDate, agency: AgencySlug.optional() })
  .and(ReportPeriod);
export type NationalIndexQuery = z.infer<typeof NationalIndexQuery>;

/** `GET /api/v1/public/resolution?from&to`: each agency's figures for citizens (DESIGN §8), the whole province. */
export const PublicResolutionQuery = z.object({ from: LocalDate, to: LocalDate }).and(ReportPeriod);
export type PublicResolutionQuery = z.infer<typeof PublicResolutionQuery>;
