import { z } from 'zod';
import { Role } from './role.ts';

/**
 * How a route is scoped (DESIGN §1, §10 "role and agency scoping on every route").
 * - public: anyone, signed in or not
 * - authenticated: any signed-in user, sees only their own account
 * - own-agency: officers see their own agency's records (plus what it is consulted on)
 * - own-dossiers: citizens see only their own dossiers
 * - all: every center and agency (director, admin)
 */
export const AccessScope = z.enum(['public', 'authenticated', 'own-agency', 'own-dossiers', 'all']);
export type AccessScope = z.infer<typeof AccessScope>;

/** The rule every route declares: who may call it and how its data is scoped. */
export const AccessRule = z.object({
  scope: AccessScope,
  /** Roles allowed; empty for public and authenticated routes. */
  roles: z.array(Role),
});
export type AccessRule = z.infer<typeof AccessRule>;

/** Decides whether a caller with these roles may use a route under this rule. */
export function isAllowed(rule: AccessRule, caller: { roles: readonly Role[] } | null): boolean {
  if (rule.scope === 'public') return true;
  if (!caller) return false;
  if (rule.scope === 'authenticated') return true;
  return rule.roles.some((role) => caller.roles.includes(role));
}
