import fc from 'fast-check';
import { resolverOf, sampleOf, type JsonSchema } from './schema-sample.ts';

export type Operation = {
  method: string;
  /** The OpenAPI path, `{param}` style. */
  path: string;
  access: { scope: string; roles: string[] };
  query: Record<string, JsonSchema>;
  pathParams: string[];
  body: JsonSchema | undefined;
  /** It declares a redirect (a browser flow's step): a 3xx is its answer, not a failure. */
  redirects: boolean;
};

/** Every operation of the OpenAPI document, with what the fuzzer varies of it. */
export function operationsOf(doc: any): { operations: Operation[]; sample: (s: JsonSchema) => unknown } {
  const resolve = resolverOf(doc);
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths))
    for (const [method, op] of Object.entries<any>(item)) {
      const parameters: any[] = op.parameters ?? [];
      operations.push({
        method: method.toUpperCase(),
        path,
        access: op['x-motcua-access'],
        query: Object.fromEntries(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema ?? {}])),
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        body: op.requestBody?.content?.['application/json']?.schema,
        redirects: Object.keys(op.responses ?? {}).some((status) => status.startsWith('3')),
      });
    }
  return { operations, sample: (s) => sampleOf(s, resolve) };
}

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const NUL = '\u0000';
/** Strings no text schema may let through: refused wherever they land (core text/safe-text.ts). */
const unsafeText = fc.oneof(
  fc.constantFrom(NUL, `x${NUL}`, `' OR 1=1 --${NUL}`, '\uD800', 'a\uDFFFb', `\uDBFF${NUL}`),
  fc
    .tuple(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(NUL, '\uD83D', '\uDE00'))
    .map(([s, bad]) => s + bad),
);
const huge = fc.constantFrom('x'.repeat(100_000), 'ả'.repeat(100_000));
const wrongType = fc.constantFrom<unknown>(42, -1, 1e308, true, null, [], {}, ['a'], { $ne: 1 });
const badDate = fc.constantFrom('2025-02-30', '2025-13-01', '0000-00-00', '99999-01-01', '2025-03-10T25:00', 'hôm qua');
const injection = fc.constantFrom(
  "' OR 1=1 --",
  "'; DROP TABLE dossier; --",
  "1' union select null,null--",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '${7*7}{{7*7}}',
);
export const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  '',
];

/** One fuzzed request: a value put at one place of an otherwise valid-shaped request. */
export type Mutation =
  | { at: 'body' | 'query' | 'path'; index: number; value: unknown }
  | { at: 'whole-body'; value: unknown }
  | { at: 'content-type'; contentType: string };

/**
 * For a safe method every kind of value goes anywhere. An unsafe one must refuse every input it gets, so it only gets
 * values invalid wherever they land (unsafe text), a wrong content type, a wrong body, or values its schema refuses
 * (huge, bad dates at date fields): a 2xx there would be a write the fuzzer cannot tell from a bug.
 */
export function mutationArb(safe: boolean, hasBody: boolean): fc.Arbitrary<Mutation> {
  const value = safe ? fc.oneof(unsafeText, huge, wrongType, badDate, injection) : unsafeText;
  // A declared JSON object refuses a body of another type; a route without one ignores it, so it gets only bad text.
  const wholeBody = hasBody ? fc.oneof(unsafeText, fc.constantFrom<unknown>(42, true, [], ['a'], 'texte')) : unsafeText;
  const index = fc.nat(1000);
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ at: fc.constantFrom('body', 'query', 'path'), index, value }) },
    { weight: 1, arbitrary: fc.record({ at: fc.constant('whole-body'), value: wholeBody }) },
    {
      weight: 1,
      arbitrary: fc.record({ at: fc.constant('content-type'), contentType: fc.constantFrom(...WRONG_CONTENT_TYPES) }),
    },
  ) as fc.Arbitrary<Mutation>;
}
