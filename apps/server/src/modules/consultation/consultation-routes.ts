import { ConsultationList, ConsultationListQuery, Problem } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../../platform/http/route-access.ts';
import type { ListConsultations } from './list-consultations.ts';

const tags = ['consultations'];
const problems = { 400: Problem, 401: Problem, 403: Problem };

/**
 * What the caller's agency is consulted on (liên thông, DESIGN §6). The officers who answer on the dossier's
 * page: appraisers, approvers and the head (the same roles as `record_opinion`), not the counter.
 */
export const consultationRoutes =
  (deps: { list: ListConsultations }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/consultations',
      {
        config: access.ownAgency('appraiser', 'approver', 'agency_head'),
        schema: {
          tags,
          summary: 'Các yêu cầu lấy ý kiến gửi cơ quan tôi, hạn trả lời sớm nhất trước',
          querystring: ConsultationListQuery,
          response: { 200: ConsultationList, ...problems },
        },
      },
      (request) => deps.list(request.query, request.user!),
    );
  };
