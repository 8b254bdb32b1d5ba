/** The part of JSON Schema the OpenAPI document uses (zod's output), read by the fuzzer. */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
};

export type Resolve = (schema: JsonSchema) => JsonSchema;

/** Resolves `#/components/schemas/X` references against the document. */
export function resolverOf(doc: { components?: { schemas?: Record<string, JsonSchema> } }): Resolve {
  const resolve: Resolve = (schema) =>
    schema.$ref ? resolve(doc.components?.schemas?.[schema.$ref.split('/').pop()!] ?? {}) : schema;
  return resolve;
}

const STRING_BY_FORMAT: Record<string, string> = {
  date: '2025-03-10',
  'date-time': '2025-03-10T08:00:00+07:00',
  uuid: '00000000-0000-4000-8000-000000000000',
  email: 'cong.dan@example.vn',
};

/**
 * A plausible valid value of a schema: the shape a client would send, so that one mutated field is what the server
 * has to refuse. Objects get their required properties only.
 */
export function sampleOf(schema: JsonSchema, resolve: Resolve, depth = 0): unknown {
  const s = resolve(schema);
  if (depth > 8) return null;
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  if (s.default !== undefined) return s.default;
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives?.length) {
    const first = alternatives.find((a) => resolve(a).type !== 'null') ?? alternatives[0]!;
    return sampleOf(first, resolve, depth + 1);
  }
  if (s.allOf?.length) return Object.assign({}, ...s.allOf.map((part) => sampleOf(part, resolve, depth + 1)));
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        (s.required ?? []).map((key) => [key, sampleOf(s.properties?.[key] ?? {}, resolve, depth + 1)]),
      );
    case 'array':
      return s.minItems ? [sampleOf(s.items ?? {}, resolve, depth + 1)] : [];
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return STRING_BY_FORMAT[s.format ?? ''] ?? 'x'.repeat(Math.max(1, Math.min(s.minLength ?? 1, 50)));
  }
}
