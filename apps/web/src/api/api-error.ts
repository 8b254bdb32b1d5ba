import type { Problem } from '@motcua/core';

/** Problem types made by the client itself, when the server's answer is not problem+json. */
export const CLIENT_PROBLEM = { network: 'urn:motcua:client:network', unexpected: 'urn:motcua:client:unexpected' };

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

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
