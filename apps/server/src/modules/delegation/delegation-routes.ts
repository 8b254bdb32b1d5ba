import {
  AGENCY_ROLES,
  CreateDelegationRequest,
  DelegationIdParams,
  DelegationList,
  DelegationListQuery,
  DelegationView,
  OfficerList,
  OfficerQuery,
  Problem,
} from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idempotencyKeyOf } from '../../platform/http/idempotency.ts';
import { access } from '../../platform/http/route-access.ts';
import type { DelegationService } from './delegation-service.ts';

const tags = ['delegations'];
const problems = { 400: Problem, 401: Problem, 403: Problem };
const HEAD = access.ownAgency('agency_head');

/** The officer picker, and the agency head's delegations of an absent officer's work (DESIGN §1). */
export const delegationRoutes =
  (deps: { delegations: DelegationService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { delegations } = deps;

    app.get(
      '/api/v1/officers',
      {
        config: access.ownAgency(...AGENCY_ROLES),
        schema: {
          tags,
          summary: 'Cán bộ của cơ quan (để giao xử lý, trình phê duyệt)',
          querystring: OfficerQuery,
          response: { 200: OfficerList, ...problems },
        },
      },
      (request) => delegations.officers(request.user!, request.query),
    );

    app.get(
      '/api/v1/delegations',
      {
        config: HEAD,
        schema: {
          tags,
          summary: 'Các ủy quyền của cơ quan, mới nhất trước',
          querystring: DelegationListQuery,
          response: { 200: DelegationList, ...problems },
        },
      },
      (request) => delegations.list(request.user!, request.query),
    );

    app.post(
      '/api/v1/delegations',
      {
        config: HEAD,
        schema: {
          tags,
          summary: 'Ủy quyền xử lý hồ sơ của cán bộ vắng mặt (Idempotency-Key tùy chọn)',
          body: CreateDelegationRequest,
          response: { 201: DelegationView, 422: Problem, ...problems },
        },
      },
      async (request, reply) => {
        const key = request.headers['idempotency-key'] === undefined ? null : idempotencyKeyOf(request.headers);
        const answer = await delegations.create(request.user!, request.body, key);
        return reply.code(answer.status).send(answer.body);
      },
    );

    app.post(
      '/api/v1/delegations/:id/cancel',
      {
        config: HEAD,
        schema: {
          tags,
          summary: 'Hủy ủy quyền chưa hết hạn',
          params: DelegationIdParams,
          response: { 200: DelegationView, 404: Problem, 409: Problem, ...problems },
        },
      },
      (request) => delegations.cancel(request.user!, request.params.id),
    );
  };
