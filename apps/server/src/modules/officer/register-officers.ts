import type { FastifyInstance } from 'fastify';
import type { AdministrationDeps } from '../../administration.ts';
import { officerRoutes } from './officer-routes.ts';
import { createOfficerService } from './officer-service.ts';
import { createOfficerStatusService } from './officer-status-service.ts';

/** Officers, their passwords and their Excel import (issue 16): one line in administration.ts. */
export async function registerOfficers(app: FastifyInstance, deps: AdministrationDeps): Promise<void> {
  const { db, now, publicUrl } = deps;
  const officers = createOfficerService({ db, now, publicUrl });
  await app.register(officerRoutes({ officers, status: createOfficerStatusService({ db, now, officers }) }));
}
