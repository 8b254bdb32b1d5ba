import { AGENCY_ROLES, COUNTER_ROLES, CounterList, CounterSession, CounterSignInRequest, Problem } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../../platform/http/route-access.ts';
import type { CounterService } from './counter-service.ts';

const tags = ['counters'];
const problems = { 401: Problem, 403: Problem, 404: Problem };

/** Counters of the center and the officer's session at one (DESIGN §2). Sign-in and sign-out repeat harmlessly: no Idempotency-Key. */
export const counterRoutes =
  (deps: { counters: CounterService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { counters } = deps;

    app.get(
      '/api/v1/counters',
      {
        config: access.ownAgency(...AGENCY_ROLES, 'director'),
        schema: {
          tags,
          summary: 'Các quầy của trung tâm và cán bộ đang làm việc tại quầy',
          response: { 200: CounterList, ...problems },
        },
      },
      (request) => counters.list(request.user!),
    );

    app.get(
      '/api/v1/counters/session',
      {
        config: access.ownAgency(...COUNTER_ROLES),
        schema: { tags, summary: 'Quầy tôi đang làm việc', response: { 200: CounterSession, ...problems } },
      },
      (request) => counters.mine(request.user!),
    );

    app.post(
      '/api/v1/counters/:id/session',
      {
        config: access.ownAgency(...COUNTER_ROLES),
        schema: {
          tags,
          summary: 'Đăng nhập vào quầy (rời quầy đang ngồi, nếu có)',
          params: CounterSignInRequest,
          response: { 200: CounterSession, 400: Problem, 409: Problem, ...problems },
        },
      },
      (request) => counters.signIn(request.params.id, request.user!),
    );

    app.delete(
      '/api/v1/counters/session',
      {
        config: access.ownAgency(...COUNTER_ROLES),
        schema: { tags, summary: 'Rời quầy', response: { 204: z.undefined(), ...problems } },
      },
      async (request, reply) => {
        await counters.signOut(request.user!);
        return reply.code(204).send();
      },
    );
  };
