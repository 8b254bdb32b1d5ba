import type { FastifyInstance } from 'fastify';
import type { AuthService } from './modules/auth/auth-service.ts';
import { createPasswordResetService } from './modules/account/password-reset-service.ts';
import { profileRoutes } from './modules/account/profile-routes.ts';
import { createProfileService } from './modules/account/profile-service.ts';
import { registrationRoutes } from './modules/account/registration-routes.ts';
import { createRegistrationService } from './modules/account/registration-service.ts';
import { sessionRoutes } from './modules/auth/session-routes.ts';
import { createSessionService } from './modules/auth/session-service.ts';
import { registerIdentity } from './modules/identity/register-identity.ts';
import type { CommandDeps } from './modules/dossier/dossier-deps.ts';
import { registerOnline } from './modules/online/register-online.ts';
import type { IdentitySettings } from './modules/identity/identity-settings.ts';
import { registerStore } from './modules/store/register-store.ts';

export type CitizenDeps = CommandDeps & {
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
 * one's sessions, the national identity log-in; online public services (issue 19). Registered apart from app.ts so
 * that the app's wiring stays readable.
 */
export async function registerCitizens(app: FastifyInstance, deps: CitizenDeps): Promise<void> {
  const { db, now, auth, secureCookie } = deps;
  const accounts = { db, now, publicUrl: deps.publicUrl };
  await app.register(
    registrationRoutes({
      registration: createRegistrationService({ ...accounts, auth }),
      resets: createPasswordResetService(accounts),
      secureCookie,
    }),
  );
  await app.register(profileRoutes({ profiles: createProfileService({ ...accounts, auth }) }));
  await app.register(sessionRoutes({ sessions: createSessionService({ db, now }) }));
  await registerIdentity(app, deps);
  await registerOnline(app, deps);
  await registerStore(app, deps);
}
