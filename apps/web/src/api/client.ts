import type { z } from 'zod';
import { Problem } from '@motcua/core';
import i18n, { currentLanguage } from '../i18n/index.ts';
import { ApiError, CLIENT_PROBLEM } from './api-error.ts';

// Without i18n, the error itself is importable by pure code (the problem kit and its tests).
export { ApiError, isApiError } from './api-error.ts';

export const API_BASE = '/api/v1';

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Extra headers, e.g. the `Idempotency-Key` of a command. */
  headers?: Record<string, string>;
};

/**
 * The error of a non-2xx answer: the server's problem+json, or, when the body is something else (a
 * proxy or a crashed server may answer with HTML), the status in our own words.
 */
export function apiErrorOf(body: unknown, status: number): ApiError {
  const parsed = Problem.safeParse(body);
  if (parsed.success) return new ApiError(parsed.data);
  return new ApiError({ type: CLIENT_PROBLEM.unexpected, status, title: i18n.t('errors.network') });
}

/** No answer at all: the network or the server is down. */
export const networkError = () =>
  new ApiError({ type: CLIENT_PROBLEM.network, status: 0, title: i18n.t('errors.network') });

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
    ...options.headers,
  };
  const method = options.method ?? 'GET';
  // DESIGN §14: the server takes a command only as JSON, a body-less one too (a cross-site form cannot send JSON).
  const body = options.body === undefined && method !== 'GET' ? {} : options.body;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw networkError();
  }
  if (!response.ok) throw apiErrorOf(await response.json().catch(() => null), response.status);
  return response;
}

/** The query string of a search, without the filters left empty. */
export function queryString(search: Record<string, string | number | boolean | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

/** Calls the API and parses its JSON answer with a core schema. */
export async function apiJson<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const response = await send(path, options);
  return schema.parse(await response.json());
}

/** Calls the API where the answer has no body (204). */
export async function apiVoid(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}
