import { afterAll, beforeAll } from 'vitest';
import {
  LOCAL_PROVIDER_SCOPE,
  startLocalIdentityProvider,
  type LocalIdentityProvider,
  type SuggestedIdentity,
} from '../../apps/server/src/modules/identity/local-provider/local-provider.ts';

const CLIENT_ID = 'motcua-e2e';

/**
 * The local test identity provider for one describe block, and the server settings that point at it. Its client's
 * redirect is on the loopback address, so the server's port, free and known only once it listens, is accepted.
 */
export function useIdentityProvider(suggested?: SuggestedIdentity) {
  let provider: LocalIdentityProvider | undefined;
  beforeAll(async () => {
    provider = await startLocalIdentityProvider({
      clientId: CLIENT_ID,
      redirectUris: ['http://127.0.0.1/api/v1/auth/identity/callback'],
      suggested,
    });
  });
  afterAll(() => provider?.close());
  return {
    /** The `MOTCUA_OIDC_*` settings of a server that logs in with this provider (and starts no provider of its own). */
    env: (): Record<string, string> => {
      if (!provider) throw new Error('useIdentityProvider: the provider starts in beforeAll');
      return {
        MOTCUA_OIDC_ISSUER: provider.issuer,
        MOTCUA_OIDC_CLIENT_ID: CLIENT_ID,
        MOTCUA_OIDC_SCOPE: LOCAL_PROVIDER_SCOPE,
        MOTCUA_LOCAL_IDENTITY_PROVIDER: '0',
      };
    },
  };
}
