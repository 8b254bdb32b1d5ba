import type { ClaimMapping } from '@motcua/core';

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
