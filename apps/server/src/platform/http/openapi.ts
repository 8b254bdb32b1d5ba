import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { Problem, type AccessRule } from '@motcua/core';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { ACCESS_EXTENSION, SESSION_COOKIE } from '../auth/access-guard.ts';
import { operationIdOf } from './operation-id.ts';

/**
 * OpenAPI 3.1 generated from the zod schemas (3.1 so that a nullable value is `type: [..., 'null']`, which clients
 * read, instead of 3.0's `nullable` beside an `anyOf`). Every operation carries its access rule as
 * `x-motcua-access`, the session cookie as its security unless the route is public, and an operationId derived
 * from its method and path unless the route names one. `npm run lint:openapi` lints the result (redocly.yaml).
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'motcua API',
        description: 'Trung tâm Phục vụ hành chính công — API',
        version: '1',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      // Relative: the document describes the server that serves it, whatever its address.
      servers: [{ url: '/', description: 'this motcua server' }],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
    transform: (input) => {
      const rule = input.route.config?.access;
      const declared = (input.schema ?? {}) as Record<string, unknown>;
      const response = { ...platformProblems(declared, rule), ...(declared.response as object | undefined) };
      const result = jsonSchemaTransform({ ...input, schema: { ...declared, response } });
      const responses = { ...(result.schema.response as Record<string, unknown> | undefined) };
      // A route that sends a file declares no 2xx schema (zod describes JSON): the document names the file's type.
      // A redirect (the identity log-in's steps) is neither.
      if (!Object.keys(responses).some((status) => status.startsWith('2') || status.startsWith('3')))
        responses['200'] = fileResponse(input.url, declared.produces as string[] | undefined);
      const schema = result.schema as Record<string, unknown>;
      return {
        ...result,
        schema: {
          ...schema,
          response: responses,
          operationId: (schema.operationId as string | undefined) ?? operationIdOf(input.route.method, input.url),
          ...(rule ? { [ACCESS_EXTENSION]: rule, security: rule.scope === 'public' ? [] : [{ session: [] }] } : {}),
        },
      };
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
}

/**
 * The problems the platform answers for a route before its handler runs, so that the document lists them even when
 * the route does not: 400 when it has input to validate, 401 and 403 from the access guard unless it is public.
 */
function platformProblems(
  schema: Record<string, unknown>,
  rule: AccessRule | undefined,
): Record<number, typeof Problem> {
  const codes = [
    ...(schema.querystring || schema.params || schema.body ? [400] : []),
    ...(rule && rule.scope !== 'public' ? [401, 403] : []),
  ];
  return Object.fromEntries(codes.map((code) => [code, Problem]));
}

const FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file's type as the route declares it (`produces`), else as its extension names it. */
function fileResponse(url: string, produces: string[] | undefined) {
  const type = produces?.[0] ?? FILE_TYPES[url.split('.').pop() ?? ''] ?? 'application/octet-stream';
  return { description: 'The file', content: { [type]: { schema: { type: 'string', format: 'binary' } } } };
}
