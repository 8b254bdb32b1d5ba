import type { ClaimMapping } from '@motcua/core';
import type { Config } from '../../config.ts';

/**
 * The national identity log-in as a province configures it (DESIGN §15): an OpenID Connect provider, this app's client
 * at it, the claims that carry the person. `test` marks a local provider (the demo's, the tests'): the web says so.
 */
export type IdentitySettings = {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  scope: string;
  claims: ClaimMapping;
  /** The name of the log-in on the button (`VNeID`). */
  label: string;
  test: boolean;
};

/** The configured provider, or undefined when no issuer is set (the log-in is then not offered). */
export function identitySettingsOf(config: Config): IdentitySettings | undefined {
  if (!config.MOTCUA_OIDC_ISSUER) return undefined;
  if (!config.MOTCUA_OIDC_CLIENT_ID) throw new Error('MOTCUA_OIDC_CLIENT_ID is needed with MOTCUA_OIDC_ISSUER');
  return {
    issuer: config.MOTCUA_OIDC_ISSUER,
    clientId: config.MOTCUA_OIDC_CLIENT_ID,
    clientSecret: config.MOTCUA_OIDC_CLIENT_SECRET ?? null,
    scope: config.MOTCUA_OIDC_SCOPE,
    claims: {
      identityNumber: config.MOTCUA_OIDC_CLAIM_IDENTITY,
      fullName: config.MOTCUA_OIDC_CLAIM_NAME,
      birthDate: config.MOTCUA_OIDC_CLAIM_BIRTH_DATE,
    },
    label: config.MOTCUA_OIDC_LABEL,
    test: false,
  };
}
