import { AuditEntry, AuditQuery, pageOf, Problem } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/database.ts';
import { access } from '../../platform/http/route-access.ts';
import { listAudit } from './audit-repo.ts';

/**
 * The administrative changes, newest first (DESIGN §13: who, when, before/after). A read of one append-only table
 * with no rule to apply, so the route reads through the repo without a service.
 */
export const auditRoutes =
  (deps: { db: Database }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/admin/audit',
      {
        config: access.all('admin'),
        schema: {
          tags: ['audit'],
          summary: 'Nhật ký thay đổi quản trị',
          querystring: AuditQuery,
          response: { 200: pageOf(AuditEntry), 400: Problem, 401: Problem, 403: Problem },
        },
      },
      (request) => listAudit(deps.db, request.query),
    );
  };
