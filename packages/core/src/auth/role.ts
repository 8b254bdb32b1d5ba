import { z } from 'zod';

/** Roles of DESIGN §1, and `center_director` (a center's own leader, §13). A person may hold several. */
export const Role = z.enum([
  'citizen',
  'counter',
  'appraiser',
  'approver',
  'agency_head',
  'director',
  'center_director',
  'admin',
]);
export type Role = z.infer<typeof Role>;

/** Roles that belong to an agency: an officer holding one sees only that agency's dossiers. */
export const AGENCY_ROLES = ['counter', 'appraiser', 'approver', 'agency_head'] as const satisfies readonly Role[];

/** Demo log-in suffix per agency role (DESIGN §1, §11): `<agency slug>.<suffix>`. */
export const ROLE_LOGIN_SUFFIX = {
  counter: 'counter',
  appraiser: 'appraiser',
  approver: 'approver',
  agency_head: 'head',
} as const satisfies Record<(typeof AGENCY_ROLES)[number], string>;
