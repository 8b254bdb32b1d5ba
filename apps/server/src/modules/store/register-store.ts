import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database.ts';
import { storeRoutes } from './store-routes.ts';
import { createStoreService } from './store-service.ts';

/** The citizen's document store (issue 19): one line in citizens.ts, the wiring here. */
export async function registerStore(app: FastifyInstance, deps: { db: Database; now: () => Date }): Promise<void> {
  await app.register(storeRoutes({ store: createStoreService(deps) }));
}
