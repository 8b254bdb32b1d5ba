import type { FastifyInstance } from 'fastify';
import type { AdministrationDeps } from '../../administration.ts';
import { createAuthRepo } from '../auth/auth-repo.ts';
import { createAuthService } from '../auth/auth-service.ts';
import { passwordRoutes } from '../auth/password-routes.ts';
import { createPasswordService } from '../auth/password-service.ts';
import { officerExcelRoutes } from './excel/officer-excel-routes.ts';
import { createOfficerImportService } from './excel/officer-import-service.ts';
import { officerRoutes } from './officer-routes.ts';
import { createOfficerService } from './officer-service.ts';
import { createOfficerStatusService } from './officer-status-service.ts';

/** Officers, everyone's own password and the officers' Excel import (issue 16): one line in administration.ts. */
export async function registerOfficers(app: FastifyInstance, deps: AdministrationDeps): Promise<void> {
  const { db, now, publicUrl } = deps;
  const officers = createOfficerService({ db, now, publicUrl });
  const status = createOfficerStatusService({ db, now, officers });
  await app.register(officerRoutes({ officers, status }));
  const imports = createOfficerImportService({ db, now, officers, status, log: deps.log });
  await app.register(officerExcelRoutes({ imports }));
  // An import still running when the app closes finishes first: the database closes after it.
  app.addHook('onClose', () => imports.idle());
  // Its own auth service over the same `login_failure` table: the throttle is shared with the log-in.
  const auth = createAuthService({ repo: createAuthRepo(db), now });
  await app.register(passwordRoutes({ passwords: createPasswordService({ db, now, auth }) }));
}
