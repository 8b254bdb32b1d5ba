import type { FastifyInstance } from 'fastify';
import type { Database } from './db/database.ts';
import type { AuthService } from './modules/auth/auth-service.ts';
import { registerIdentity } from './modules/identity/register-identity.ts';
import type { IdentitySettings } from './modules/identity/identity-settings.ts';

export type CitizenDeps = {
  db: Database;
  now: () => Date;
  log: FastifyInstance['log'];
  auth: AuthService;
  secureCookie: boolean;
  /** Where links in mails point. */
  publicUrl: () => string;
  /** The national identity log-in; without it the button is not offered (`identity.not_configured`). */
  identity?: IdentitySettings;
};

/**
 * Citizens' accounts (issue 18, DESIGN §15): registration and its e-mailed code, the password reset, the profile,
 * one's sessions, the national identity log-in. Registered apart from app.ts so that the app's wiring stays readable.
 */
export async function registerCitizens(app: FastifyInstance, deps: CitizenDeps): Promise<void> {
  await registerIdentity(app, deps);
}
