import type { FastifyInstance } from 'fastify';
import type { Database } from './db/database.ts';
import type { RulesWatch } from './platform/notify/rules-watch.ts';
import { agencyAdminRoutes } from './modules/agency/agency-admin-routes.ts';
import { createAgencyAdminService } from './modules/agency/agency-admin-service.ts';
import { counterAdminRoutes } from './modules/counter/counter-admin-routes.ts';
import { createCounterAdminService } from './modules/counter/counter-admin-service.ts';
import { setupRoutes } from './modules/setup/setup-routes.ts';
import { createSetupService } from './modules/setup/setup-service.ts';
import { auditRoutes } from './modules/audit/audit-routes.ts';
import { centerAdminRoutes } from './modules/center/center-admin-routes.ts';
import { createCenterAdminService } from './modules/center/center-admin-service.ts';
import { registerOfficers } from './modules/officer/register-officers.ts';

export type AdministrationDeps = {
  db: Database;
  now: () => Date;
  log: FastifyInstance['log'];
  rules?: RulesWatch;
  /** Where links in mails point (the e-mailed password link). */
  publicUrl: () => string;
};

/**
 * The admin area of a province (issue 16, DESIGN §13): centers, agencies, counters, officers, their passwords,
 * the audit and the setup guide. Registered apart from app.ts so that the app's wiring stays readable.
 */
export async function registerAdministration(app: FastifyInstance, deps: AdministrationDeps): Promise<void> {
  const { db, now, rules } = deps;
  await app.register(centerAdminRoutes({ centers: createCenterAdminService({ db, now, rules }) }));
  await app.register(agencyAdminRoutes({ agencies: createAgencyAdminService({ db, now, rules }) }));
  await app.register(counterAdminRoutes({ counters: createCounterAdminService({ db, now }) }));
  await app.register(auditRoutes({ db }));
  await app.register(setupRoutes({ setup: createSetupService({ db, now }) }));
  await registerOfficers(app, deps);
}
