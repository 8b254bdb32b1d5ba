import type { FastifyInstance } from 'fastify';
import type { CitizenDeps } from '../../citizens.ts';

/** The national identity log-in's routes (DESIGN §15): the provider's info, the start and the callback. */
export async function registerIdentity(_app: FastifyInstance, _deps: CitizenDeps): Promise<void> {}
