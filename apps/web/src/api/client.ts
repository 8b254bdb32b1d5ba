import type { z } from 'zod';
import { Problem } from '@motcua/core';
import i18n, { currentLanguage } from '../i18n/index.ts';

export const API_BASE = '/api/v1';

/** A non-2xx answer (or no answer at all) with the server's problem+json, or one made up here. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Extra headers, e.g. the `Idempotency-Key` of a command. */
  headers?: Record<string, string>;
};

/** Problem types made by the client itself, when the server's answer is not problem+json. */
const CLIENT_PROBLEM = { network: 'urn:motcua:client:network', unexpected: 'urn:motcua:client:unexpected' };

async function problemOf(response: Response): Promise<Problem> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = Problem.safeParse(body);
  if (parsed.success) return parsed.data;
  // A proxy or a crashed server may answer with HTML: keep the status, use our own words.
  return { type: CLIENT_PROBLEM.unexpected, status: response.status, title: i18n.t('errors.network') };
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
    ...options.headers,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError({ type: CLIENT_PROBLEM.network, status: 0, title: i18n.t('errors.network') });
  }
  if (!response.ok) throw new ApiError(await problemOf(response));
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

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
