import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { ACCESS_EXTENSION } from '../auth/access-guard.ts';

/** OpenAPI generated from the zod schemas; every operation carries its access rule as `x-motcua-access`. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: { title: 'motcua API', description: 'Trung tâm Phục vụ hành chính công — API', version: '1' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'motcua_session' } } },
    },
    transform: (input) => {
      const result = jsonSchemaTransform(input);
      const rule = input.route.config?.access;
      return rule ? { ...result, schema: { ...result.schema, [ACCESS_EXTENSION]: rule } } : result;
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
}
