import { ACCESS_EXTENSION } from '../auth/access-guard.ts';

type OpenApiDocument = { paths?: Record<string, Record<string, Record<string, unknown>>> };
const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

/** Operations of an OpenAPI document that declare no access rule: each one is a hole in the scoping. */
export function findUndeclaredOperations(doc: OpenApiDocument): string[] {
  const missing: string[] = [];
  for (const [path, operations] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      if (METHODS.has(method) && !operation[ACCESS_EXTENSION]) missing.push(`${method.toUpperCase()} ${path}`);
    }
  }
  return missing;
}
