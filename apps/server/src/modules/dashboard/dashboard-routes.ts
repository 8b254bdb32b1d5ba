import { Dashboard, DashboardDossierPage, DashboardDossiersQuery, DashboardQuery, Problem } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../../platform/http/route-access.ts';
import type { DashboardService } from './dashboard-service.ts';

const tags = ['dashboard'];
const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/** The leaders' dashboard and its drill-downs (DESIGN §8); the live stream is dashboard-stream-routes.ts. */
export const dashboardRoutes =
  (deps: { dashboard: DashboardService }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/dashboard',
      {
        config: access.ownAgency('director', 'agency_head'),
        schema: {
          tags,
          summary: 'Bảng điều hành: tiếp nhận, giải quyết, đang giải quyết, quá hạn, xu hướng',
          querystring: DashboardQuery,
          response: { 200: Dashboard, ...problems },
        },
      },
      async (request) => deps.dashboard.dashboard(request.query, request.user!),
    );

    app.get(
      '/api/v1/dashboard/dossiers',
      {
        config: access.ownAgency('director', 'agency_head'),
        schema: {
          tags,
          summary: 'Các hồ sơ mà một số liệu của bảng điều hành đếm (phân trang)',
          querystring: DashboardDossiersQuery,
          response: { 200: DashboardDossierPage, ...problems },
        },
      },
      async (request) => deps.dashboard.dossiers(request.query, request.user!),
    );
  };
