import type { FastifyInstance } from 'fastify';
import { createAuthRepo } from '../auth/auth-repo.ts';
import { createCenterRepo } from '../center/center-repo.ts';
import type { CommandDeps } from '../dossier/dossier-deps.ts';
import { createDossierDocuments } from '../dossier/dossier-documents.ts';
import { createDossierRepo } from '../dossier/dossier-repo.ts';
import { createLookupService } from '../dossier/lookup-service.ts';
import { createTransitionDossier } from '../dossier/transition-dossier.ts';
import { myDossierActionRoutes } from './my-dossier-action-routes.ts';
import { createMyDossierActions } from './my-dossier-actions.ts';
import { myDossierRoutes } from './my-dossier-routes.ts';
import { createMyDossiers } from './my-dossiers.ts';
import { createMyDrafts } from './my-drafts.ts';

/**
 * Online public services (issue 19, DESIGN §15): submission, drafts, "my dossiers", supplements and withdrawal
 * online. The dossier use cases are made here with the citizen's own checks; the state machine is the officers' one.
 */
export async function registerOnline(app: FastifyInstance, deps: CommandDeps & { publicUrl: () => string }) {
  const { db, now } = deps;
  const dossiers = createDossierRepo(db);
  const centers = createCenterRepo(db);
  const lookup = createLookupService({ db, now, clocks: deps.clocks, failures: createAuthRepo(db) });
  const mine = createMyDossiers({
    ...deps,
    // The citizen reads their own data: not an access to someone's personal data to log (NĐ 13/2023).
    documents: (see) =>
      createDossierDocuments({
        dossiers,
        centerOf: centers.getCenter,
        publicUrl: deps.publicUrl,
        now,
        recordView: async () => {},
        see,
      }),
    verifyLookup: (query, address) => lookup.verify(query, address),
  });
  const transition = createTransitionDossier(deps);
  await app.register(myDossierRoutes({ drafts: createMyDrafts(deps), mine }));
  await app.register(myDossierActionRoutes({ actions: createMyDossierActions({ ...deps, transition, mine }), mine }));
}
