import type { InjectOptions } from 'fastify';
import type { Mutation, Operation } from './fuzz-inputs.ts';

/** The key paths of every leaf of a sample body (a value that is not a non-empty object). */
export function leavesOf(value: unknown, path: string[] = []): string[][] {
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0)
    return Object.entries(value).flatMap(([key, item]) => leavesOf(item, [...path, key]));
  return path.length ? [path] : [];
}

function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = value;
}

/**
 * Percent-encodes as a careless client would: a lone surrogate as its three UTF-8-shaped bytes (`%ED%A0%80`), which
 * `encodeURIComponent` and `URLSearchParams` refuse or replace.
 */
export function encodeLoose(text: string): string {
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g, (unit) => {
    const code = unit.charCodeAt(0);
    if (unit.length === 2 || code < 0xd800 || code > 0xdfff) return encodeURIComponent(unit);
    return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
      .map((byte) => `%${byte.toString(16).toUpperCase()}`)
      .join('');
  });
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

/**
 * The request of one fuzzed input: the operation's valid-shaped sample (real path objects, sampled query and body)
 * with the mutation applied at one place; where the operation has no such place, an extra field carries the value.
 */
export function fuzzRequest(
  op: Operation,
  base: { params: Record<string, string>; query: Record<string, unknown>; body: unknown },
  mutation: Mutation,
  cookie: string | undefined,
): InjectOptions {
  const params = { ...base.params };
  const query: Record<string, string> = Object.fromEntries(Object.entries(base.query).map(([k, v]) => [k, asText(v)]));
  let body: unknown = structuredClone(base.body ?? {});
  let contentType = 'application/json';
  if (mutation.at === 'content-type') contentType = mutation.contentType;
  else if (mutation.at === 'whole-body') body = mutation.value;
  else if (mutation.at === 'path' && op.pathParams.length)
    params[op.pathParams[mutation.index % op.pathParams.length]!] = asText(mutation.value);
  else if (mutation.at === 'query' && Object.keys(op.query).length) {
    const names = Object.keys(op.query);
    query[names[mutation.index % names.length]!] = asText(mutation.value);
  } else {
    const leaves = leavesOf(body);
    if (leaves.length && mutation.at === 'body')
      setAt(body as Record<string, unknown>, leaves[mutation.index % leaves.length]!, mutation.value);
    else if (op.method === 'GET') query.fuzz = asText(mutation.value);
    else body = { ...(body as object), fuzz: mutation.value };
  }
  const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeLoose(params[name]!));
  const search = Object.entries(query)
    .map(([key, value]) => `${encodeLoose(key)}=${encodeLoose(value)}`)
    .join('&');
  const hasBody = op.method !== 'GET' && op.method !== 'HEAD';
  return {
    method: op.method as InjectOptions['method'],
    url: search ? `${url}?${search}` : url,
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(contentType ? { 'content-type': contentType } : {}),
      'accept-language': 'en',
      'idempotency-key': `fuzz-${Math.random().toString(36).slice(2)}`,
    },
    ...(hasBody ? { payload: contentType === 'application/json' ? JSON.stringify(body) : asText(body) } : {}),
  };
}
