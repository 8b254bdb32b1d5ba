import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/role.ts';
import { checkPlacement } from './officer-placement.ts';

const province = { level: 'province' as const };
const commune = { level: 'commune' as const };
const serving = { servesAtCenter: true };
const elsewhere = { servesAtCenter: false };

describe('where an officer may sit (DESIGN §1, §13)', () => {
  it.each<[string, Role[], { level: 'province' | 'commune' } | null, { servesAtCenter: boolean } | null, object]>([
    ['a counter officer of an agency at the province center', ['counter'], province, serving, { ok: true }],
    ['a commune counter officer without an agency', ['counter'], commune, null, { ok: true }],
    ['the admin above the centers', ['admin'], null, null, { ok: true }],
    ['the province director above the centers', ['director'], null, null, { ok: true }],
    ['a center director at their center', ['center_director'], commune, null, { ok: true }],
    ['a citizen', ['citizen'], province, serving, { ok: false, code: 'org.role_not_assignable', path: 'roles' }],
    ['an appraiser without a center', ['appraiser'], null, null, { ok: false, code: 'org.officer_needs_center' }],
    ['a center director without a center', ['center_director'], null, null, { ok: false, path: 'center' }],
    ['an agency without a center', ['admin'], null, serving, { ok: false, code: 'org.officer_needs_center' }],
    ['a province counter officer without an agency', ['counter'], province, null, { ok: false, path: 'agency' }],
    ['an agency that does not serve there', ['counter'], province, elsewhere, { ok: false, path: 'agency' }],
    ['…at a commune too', ['approver'], commune, elsewhere, { ok: false, code: 'org.agency_not_at_center' }],
  ])('%s', (_name, roles, center, agency, expected) => {
    expect(checkPlacement({ roles, center, agency })).toMatchObject(expected);
  });
});
