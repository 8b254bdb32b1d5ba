import { NATIONAL_PORTAL_CLAIMS } from '@motcua/core';
import type { Config } from '../config.ts';
import { dossierAccounts } from '../demo/dossiers/accounts.ts';
import { demoCitizenProfile } from '../demo/dossiers/citizen-profiles.ts';
import type { IdentitySettings } from '../modules/identity/identity-settings.ts';
import { CALLBACK_PATH } from '../modules/identity/identity-service.ts';
import type { SuggestedIdentity } from '../modules/identity/local-provider/local-provider.ts';

const LOCAL_CLIENT_ID = 'motcua-demo';

/** The demo's first citizen, offered on the test provider's form, so that a visitor lands on an account with dossiers. */
function demoCitizen(): SuggestedIdentity | undefined {
  const account = dossierAccounts([], new Set(), 1).find((a) => a.person);
  if (!account?.person) return undefined;
  const [year, month, day] = demoCitizenProfile(account.username, account.person).birthDate.split('-');
  return {
    identityNumber: account.person.cccd,
    fullName: account.person.fullName,
    birthDate: `${day}/${month}/${year}`,
  };
}

/**
 * The local test identity provider beside the app (DESIGN §15; never VNeID): on `MOTCUA_LOCAL_IDENTITY_PROVIDER_PORT`,
 * else the app's port + 1, else a free port. Its client's redirect is the app's callback; on this machine's loopback
 * address any port is accepted (RFC 8252 §7.3), so PORT=0 works too.
 */
export async function startLocalIdentity(config: Config, log: (message: string) => void) {
  const port = config.MOTCUA_LOCAL_IDENTITY_PROVIDER_PORT ?? (config.PORT === 0 ? 0 : config.PORT + 1);
  const appUrl = (config.MOTCUA_PUBLIC_URL ?? `http://127.0.0.1:${config.PORT}`).replace(/\/+$/, '');
  // Loaded only when wanted: a server with a real provider never loads the test one (nor its start-up notices).
  const { startLocalIdentityProvider, LOCAL_PROVIDER_SCOPE } =
    await import('../modules/identity/local-provider/local-provider.ts');
  const options = { clientId: LOCAL_CLIENT_ID, redirectUris: [`${appUrl}${CALLBACK_PATH}`], suggested: demoCitizen() };
  const provider = await startLocalIdentityProvider({ ...options, port }).catch((error: NodeJS.ErrnoException) => {
    // The port + 1 is only a habit: taken, a free one does as well (a port asked for by name must be had).
    if (error.code !== 'EADDRINUSE' || config.MOTCUA_LOCAL_IDENTITY_PROVIDER_PORT !== undefined) throw error;
    return startLocalIdentityProvider({ ...options, port: 0 });
  });
  log(`identity: a local TEST identity provider (not VNeID) at ${provider.issuer}/`);
  const settings: IdentitySettings = {
    issuer: provider.issuer,
    clientId: LOCAL_CLIENT_ID,
    clientSecret: null,
    scope: LOCAL_PROVIDER_SCOPE,
    claims: NATIONAL_PORTAL_CLAIMS,
    label: 'VNeID',
    test: true,
  };
  return { settings, close: provider.close };
}
