import { Problem, SetupGuide } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../../platform/http/route-access.ts';
import type { SetupService } from './setup-service.ts';

/** The setup guide of a new province (issue 16): each step's count and state, for the admin's first screen. */
export const setupRoutes =
  (deps: { setup: SetupService }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/admin/setup',
      {
        config: access.all('admin'),
        schema: {
          tags: ['setup'],
          summary: 'Các bước thiết lập một tỉnh mới',
          response: { 200: SetupGuide, 401: Problem, 403: Problem },
        },
      },
      () => deps.setup.steps(),
    );
  };
