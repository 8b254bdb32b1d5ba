import type { FastifyInstance } from 'fastify';
import type { CitizenDeps } from '../../citizens.ts';
import { createIdentityClient } from './identity-client.ts';
import { createIdentityRepo } from './identity-repo.ts';
import { identityRoutes } from './identity-routes.ts';
import { createIdentityService } from './identity-service.ts';

/** The national identity log-in's routes (DESIGN §15): the provider's info, the start and the callback. */
export async function registerIdentity(app: FastifyInstance, deps: CitizenDeps): Promise<void> {
  const identity = createIdentityService({
    repo: createIdentityRepo(deps.db),
    client: deps.identity ? createIdentityClient(deps.identity) : undefined,
    settings: deps.identity,
    auth: deps.auth,
    now: deps.now,
    publicUrl: deps.publicUrl,
    warn: (message) => deps.log.warn(message),
  });
  await app.register(identityRoutes({ identity, secureCookie: deps.secureCookie }));
}
