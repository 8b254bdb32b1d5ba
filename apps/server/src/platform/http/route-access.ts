import type { AccessRule, Role } from '@motcua/core';

/** Shorthands for the access rule every route declares in `config.access`. */
export const access = {
  public: (): { access: AccessRule } => ({ access: { scope: 'public', roles: [] } }),
  authenticated: (): { access: AccessRule } => ({ access: { scope: 'authenticated', roles: [] } }),
  ownAgency: (...roles: Role[]): { access: AccessRule } => ({ access: { scope: 'own-agency', roles } }),
  ownDossiers: (): { access: AccessRule } => ({ access: { scope: 'own-dossiers', roles: ['citizen'] } }),
  /** The citizen's own account (profile, deletion): theirs only, as their dossiers. */
  ownAccount: (): { access: AccessRule } => ({ access: { scope: 'own-dossiers', roles: ['citizen'] } }),
  all: (...roles: Role[]): { access: AccessRule } => ({ access: { scope: 'all', roles } }),
};
