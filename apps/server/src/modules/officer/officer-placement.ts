import { checkPlacement, type Role } from '@motcua/core';
import { AppError } from '../../platform/errors/app-error.ts';
import type { OfficerRepo } from './officer-repo.ts';

/**
 * Resolves a center code and an agency slug to ids, then lets the core decide whether the officer may sit there
 * with these roles (`checkPlacement`): the agency must serve at the center (`agency_center`). `current` is the
 * officer's place before an edit.
 */
export async function placeOfficer(
  repo: OfficerRepo,
  p: { roles: Role[]; center: string | null; agency: string | null },
  current?: { agency: string | null },
): Promise<{ centerId: string | null; agencyId: string | null }> {
  const center = p.center ? await repo.findCenter(p.center) : null;
  if (p.center && !center)
    throw new AppError('org.center_not_found', { errors: [{ path: 'center', message: 'org.center_not_found' }] });
  // An officer kept in the agency they sit in stays even if it has ended since (a merger, DESIGN §13).
  const agency = p.agency ? await repo.findAgency(p.agency, center?.id ?? null, p.agency === current?.agency) : null;
  if (p.agency && !agency)
    throw new AppError('org.agency_not_found', { errors: [{ path: 'agency', message: 'org.agency_not_found' }] });
  const verdict = checkPlacement({ roles: p.roles, center: center ?? null, agency: agency ?? null });
  if (!verdict.ok) throw new AppError(verdict.code, { errors: [{ path: verdict.path, message: verdict.code }] });
  return { centerId: center?.id ?? null, agencyId: agency?.id ?? null };
}
