import { PersonalDataAccessPage, PersonalDataAccessQuery, Problem } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../../platform/http/route-access.ts';
import type { PersonalDataAccessService } from './personal-data-access-service.ts';

/**
 * The personal-data access log (NĐ 13/2023/NĐ-CP, DESIGN §14) for who answers for it: an agency head reads the views
 * of their agency's dossiers, the director every agency's.
 */
export const personalDataAccessRoutes =
  (deps: { accessLog: PersonalDataAccessService }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/personal-data-access',
      {
        config: access.ownAgency('agency_head', 'director'),
        schema: {
          tags: ['personal-data-access'],
          summary: 'Nhật ký truy cập dữ liệu cá nhân của hồ sơ (mới nhất trước)',
          querystring: PersonalDataAccessQuery,
          response: { 200: PersonalDataAccessPage, 400: Problem, 401: Problem, 403: Problem },
        },
      },
      (request) => deps.accessLog.list(request.user!, request.query),
    );
  };
