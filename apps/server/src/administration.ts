import type { FastifyInstance } from 'fastify';
import type { Database } from './db/database.ts';
import type { RulesWatch } from './platform/notify/rules-watch.ts';
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
  await registerOfficers(app, deps);
}
