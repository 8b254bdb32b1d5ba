import { AGENCY_ROLES, type Role } from '../auth/role.ts';
import type { CenterLevel } from './org-api.ts';

export type PlacementProblem =
  'org.officer_needs_center' | 'org.officer_needs_agency' | 'org.role_not_assignable' | 'org.agency_not_at_center';

/**
 * Where an officer may sit with these roles (DESIGN §1, §13): an officer belongs to one center and, at the
 * province center, to one agency serving there; a branch's officers may have no agency (they receive any procedure
 * of the province). A center's director needs their center; the province director and the admin sit above the
 * centers and may have none. Citizens are never made by the admin (they register, issue 18).
 */
export function checkPlacement(p: {
  roles: readonly Role[];
  center: { level: CenterLevel } | null;
  agency: { servesAtCenter: boolean } | null;
}): { ok: true } | { ok: false; code: PlacementProblem; path: 'roles' | 'center' | 'agency' } {
  if (p.roles.includes('citizen')) return { ok: false, code: 'org.role_not_assignable', path: 'roles' };
  const agencyRole = p.roles.some((r) => (AGENCY_ROLES as readonly Role[]).includes(r));
  if ((agencyRole || p.roles.includes('center_director') || p.agency) && !p.center)
    return { ok: false, code: 'org.officer_needs_center', path: 'center' };
  if (agencyRole && p.center?.level === 'province' && !p.agency)
    return { ok: false, code: 'org.officer_needs_agency', path: 'agency' };
  if (p.agency && !p.agency.servesAtCenter) return { ok: false, code: 'org.agency_not_at_center', path: 'agency' };
  return { ok: true };
}
