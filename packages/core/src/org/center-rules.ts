import type { LocalDate } from '../calendar/local-date.ts';
import { dayAfter, isInForce as coversDay } from '../catalog/versioning.ts';
import { AgencyCode } from '../dossier/dossier-code.ts';
import type { CenterLevel } from './org-api.ts';
import type { OrgProblemCode } from './org-problems.ts';

/**
 * Law 72/2025/QH15 on the organisation of local government (in force 2025-07-01): districts end on 2025-06-30
 * and communes take their centers over from 2025-07-01 (DESIGN §4, §13). A district center opens on or before its last day,
 * a commune center on or after its first.
 */
export const LAST_DISTRICT_DAY: LocalDate = '2025-06-30';
export const FIRST_COMMUNE_DAY: LocalDate = '2025-07-01';

/** Something with an effective period (center, agency, counter): `validTo` null while open. */
export type Period = { validFrom: LocalDate; validTo: LocalDate | null };

/** A refusal on one field is a 400 with the field named (the registry's FieldError; areas do not import it). */
export type OrgDecision =
  | { ok: true }
  | { ok: false; code: OrgProblemCode }
  | { ok: false; code: 'request.validation_failed'; errors: { path: string; message: string }[] };

const fieldError = (path: string, message: string): OrgDecision => ({
  ok: false,
  code: 'request.validation_failed',
  errors: [{ path, message }],
});

/** A new center, checked against what exists (DESIGN §13): the level's dates, its parent, one open province center. */
export function decideNewCenter(
  center: { code?: string; level: CenterLevel; validFrom: LocalDate; parentCode?: string | null },
  existing: { codeTaken: boolean; openProvinceCenter: boolean; parent: Period | null },
): OrgDecision {
  if (existing.codeTaken) return { ok: false, code: 'org.center_code_taken' };
  if (center.level === 'district' && center.validFrom > LAST_DISTRICT_DAY)
    return fieldError('validFrom', 'org.district_ended');
  if (center.level === 'commune' && center.validFrom < FIRST_COMMUNE_DAY)
    return fieldError('validFrom', 'org.commune_not_yet');
  if (center.level === 'province') {
    if (center.parentCode) return fieldError('parentCode', 'org.province_has_no_parent');
    return existing.openProvinceCenter ? { ok: false, code: 'org.province_center_exists' } : { ok: true };
  }
  // DESIGN §13: a branch's dossier codes begin with its own identifier (QCVN 102), checked as an agency's is.
  if (center.code !== undefined && !AgencyCode.safeParse(center.code).success)
    return fieldError('code', 'org.branch_code_format');
  if (!center.parentCode) return { ok: false, code: 'org.parent_required' };
  if (!existing.parent) return fieldError('parentCode', 'org.parent_not_found');
  if (!isInForce(existing.parent, center.validFrom)) return fieldError('parentCode', 'org.parent_not_in_force');
  return { ok: true };
}

/** The catalog's rule (both ends included), on the org contracts' names for a period. */
const isInForce = (period: Period, day: LocalDate): boolean =>
  coversDay({ effectiveFrom: period.validFrom, effectiveTo: period.validTo }, day);

/**
 * Ending a center, an agency or a counter (closed, never deleted: DESIGN §13): once, and not before it began.
 * Ending it again is refused rather than moving the date: the dossiers received meanwhile name it.
 */
export function decideEnd(period: Period, validTo: LocalDate): OrgDecision {
  if (period.validTo !== null || validTo < period.validFrom) return { ok: false, code: 'org.period_invalid' };
  return { ok: true };
}

/**
 * Ending an agency with a successor (DESIGN §4: the merged agency takes its procedures over): the successor is
 * another agency, in force the day after the last day of the one that ends.
 */
export function decideAgencyEnd(
  agency: Period & { id: string },
  validTo: LocalDate,
  successor: (Period & { id: string }) | null | undefined,
): OrgDecision {
  const end = decideEnd(agency, validTo);
  if (!end.ok || successor === undefined) return end;
  if (successor === null) return fieldError('successor', 'org.successor_not_found');
  if (successor.id === agency.id || !isInForce(successor, dayAfter(validTo)))
    return fieldError('successor', 'org.successor_not_in_force');
  return { ok: true };
}
