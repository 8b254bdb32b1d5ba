import * as oidc from 'openid-client';
import type { IdentitySettings } from './identity-settings.ts';

export type AuthorizationChecks = { state: string; nonce: string; codeVerifier: string };

/** The provider's side of the log-in (openid-client): where to send the browser, and what its answer proves. */
export type IdentityClient = {
  authorizationUrl(redirectUri: string, checks: AuthorizationChecks): Promise<URL>;
  /** The claims of the ID token, with the userinfo's when the ID token lacks the identity claim. */
  exchange(callbackUrl: URL, checks: AuthorizationChecks): Promise<Record<string, unknown>>;
};

/** Plain http only for a provider on this machine (the local test provider); any other issuer must be https. */
function isLoopbackHttp(issuer: URL): boolean {
  return issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
}

export function createIdentityClient(settings: IdentitySettings): IdentityClient {
  const issuer = new URL(settings.issuer);
  let configuration: Promise<oidc.Configuration> | null = null;

  /** Discovered once per process; a failed discovery (provider down) is forgotten, so the next log-in retries. */
  function discovered(): Promise<oidc.Configuration> {
    configuration ??= oidc
      .discovery(
        issuer,
        settings.clientId,
        undefined,
        settings.clientSecret ? oidc.ClientSecretPost(settings.clientSecret) : oidc.None(),
        isLoopbackHttp(issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        configuration = null;
        throw error;
      });
    return configuration;
  }

  return {
    async authorizationUrl(redirectUri, checks) {
      const config = await discovered();
      return oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: settings.scope,
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
        state: checks.state,
        nonce: checks.nonce,
      });
    },

    async exchange(callbackUrl, checks) {
      const config = await discovered();
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims: Record<string, unknown> = { ...tokens.claims() };
      if (claims[settings.claims.identityNumber] !== undefined) return claims;
      // Providers that conform ID tokens to OpenID Connect give scope claims at the userinfo endpoint only.
      const info = await oidc.fetchUserInfo(config, tokens.access_token, String(claims.sub));
      return { ...info, ...claims };
    },
  };
}
