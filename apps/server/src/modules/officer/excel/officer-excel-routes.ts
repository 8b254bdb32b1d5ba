import { OfficerImportJob, Problem } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../platform/errors/app-error.ts';
import { access } from '../../../platform/http/route-access.ts';
import type { OfficerImportService } from './officer-import-service.ts';
import { XLSX_MIME } from './officer-workbook.ts';

const tags = ['officers'];
const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 413: Problem, 415: Problem };
/** A province's officers fit in well under a megabyte; the limit holds for this route only. */
const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;

/** The officers as Excel for the admin (issue 16): the export's sheet is also the import's template. */
export const officerExcelRoutes =
  (deps: { imports: OfficerImportService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { imports } = deps;
    // Scoped to this plugin: the rest of the API takes JSON only.
    app.addContentTypeParser(XLSX_MIME, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    app.get(
      '/api/v1/users/export.xlsx',
      {
        config: access.all('admin'),
        schema: { tags, summary: 'Xuất danh sách cán bộ ra Excel (cũng là mẫu để nhập)', produces: [XLSX_MIME] },
      },
      async (_request, reply) =>
        reply
          .type(XLSX_MIME)
          .header('content-disposition', 'attachment; filename="can-bo.xlsx"')
          .send(await imports.exportWorkbook()),
    );

    app.post(
      '/api/v1/officer-imports',
      {
        config: access.all('admin'),
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags,
          summary: 'Nhập cán bộ từ Excel (toàn bộ hoặc không dòng nào)',
          consumes: [XLSX_MIME],
          response: { 202: OfficerImportJob, ...problems },
        },
      },
      async (request, reply) => {
        if (!Buffer.isBuffer(request.body)) throw new AppError('request.unsupported_media_type');
        return reply.code(202).send(await imports.start(request.body, { id: request.user!.id }));
      },
    );

    app.get(
      '/api/v1/officer-imports/:id',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Tiến độ và kết quả một lần nhập cán bộ',
          params: z.object({ id: z.uuid() }),
          response: { 200: OfficerImportJob, ...problems },
        },
      },
      (request) => imports.job(request.params.id),
    );
  };
