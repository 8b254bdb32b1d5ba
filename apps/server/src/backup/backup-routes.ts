import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../platform/http/route-access.ts';
import type { BackupService } from './backup-service.ts';

/** The database's backup, for the admin only: it holds every citizen's personal data (DESIGN §14). */
export const backupRoutes =
  (deps: { backups: BackupService }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/admin/backup',
      {
        config: access.all('admin'),
        schema: {
          tags: ['admin'],
          summary: 'Sao lưu toàn bộ cơ sở dữ liệu (PGlite: tarball gzip; PostgreSQL: pg_dump -Fc)',
          produces: ['application/gzip', 'application/octet-stream'],
        },
      },
      async (_request, reply) => {
        const file = await deps.backups.download();
        return reply
          .type(file.type)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .header('cache-control', 'no-store')
          .send(file.body);
      },
    );
  };
