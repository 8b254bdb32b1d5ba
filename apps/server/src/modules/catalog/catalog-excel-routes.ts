import { CatalogImportJob, Problem } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors/app-error.ts';
import { access } from '../../platform/http/route-access.ts';
import type { CatalogImportService } from './catalog-import-service.ts';
import { XLSX_MIME } from './excel/catalog-workbook.ts';

const tags = ['catalog'];
const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 413: Problem, 415: Problem };
/** A catalog workbook of a province is a few MB; the limit holds for this route only. */
const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

/** Excel export and import of the whole catalog (issue 5), for the admin. */
export const catalogExcelRoutes =
  (deps: { imports: CatalogImportService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { imports } = deps;
    // Scoped to this plugin: the rest of the API takes JSON only.
    app.addContentTypeParser(XLSX_MIME, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    app.get(
      '/api/v1/catalog/export.xlsx',
      {
        config: access.all('admin'),
        schema: { tags, summary: 'Xuất danh mục thủ tục đang áp dụng ra Excel', produces: [XLSX_MIME] },
      },
      async (_request, reply) => {
        const { fileName, body } = await imports.exportWorkbook();
        return reply.type(XLSX_MIME).header('content-disposition', `attachment; filename="${fileName}"`).send(body);
      },
    );

    app.post(
      '/api/v1/catalog/imports',
      {
        config: access.all('admin'),
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags,
          summary: 'Nhập danh mục thủ tục từ Excel (toàn bộ hoặc không dòng nào)',
          consumes: [XLSX_MIME],
          response: { 202: CatalogImportJob, ...problems },
        },
      },
      async (request, reply) => {
        if (!Buffer.isBuffer(request.body)) throw new AppError('request.unsupported_media_type');
        return reply.code(202).send(await imports.start(request.body, { userId: request.user!.id }));
      },
    );

    app.get(
      '/api/v1/catalog/imports/:id',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Tiến độ và kết quả một lần nhập',
          params: z.object({ id: z.uuid() }),
          response: { 200: CatalogImportJob, ...problems },
        },
      },
      (request) => imports.job(request.params.id),
    );
  };
