import { problemCodeOf, type FieldError, type Problem, type ProblemCode } from '@motcua/core';
import { isApiError } from '../../api/api-error.ts';

/** The server's problem+json behind a failed query or command; null when the failure is not an answer of the API. */
export const problemOf = (error: unknown): Problem | null => (isApiError(error) ? error.problem : null);

/** The registered code of the failure (`urn:motcua:problem:<code>`), null for the client's own and unknown types. */
export function problemCode(error: unknown): ProblemCode | null {
  const problem = problemOf(error);
  return problem ? problemCodeOf(problem.type) : null;
}

/** Whether the failure is the server's problem of this code: clients match on codes, never on titles. */
export const isProblem = (error: unknown, code: ProblemCode): boolean => problemCode(error) === code;

/** The problem's per-field errors (`errors[{path, message}]`), none when there is no problem. */
export const fieldErrors = (error: unknown): readonly FieldError[] => problemOf(error)?.errors ?? [];

/** What an alert says below the problem's title, the most useful first. */
export type ProblemBody =
  { kind: 'conflict' } | { kind: 'list'; lines: string[] } | { kind: 'text'; text: string | undefined };

export type ProblemBodyOptions = {
  /** The field errors no form item shows. */
  general?: readonly FieldError[];
  /** Names what a listed error is about; without it the message stands alone. */
  label?: (path: string) => string;
  /** Said when the problem has field errors and all of them are on the form's items. */
  seeMarked?: string;
  /** The code by which the server says the version edited is stale (409). */
  conflictCode?: ProblemCode;
};

/**
 * A stale version first (the only useful act is to reload), then the errors no field shows, then the
 * problem's detail (a guard's reason), else a pointer to the fields marked.
 */
export function problemBody(error: unknown, options: ProblemBodyOptions = {}): ProblemBody {
  const { general = [], label, seeMarked, conflictCode } = options;
  if (conflictCode && isProblem(error, conflictCode)) return { kind: 'conflict' };
  if (general.length > 0)
    return { kind: 'list', lines: general.map((e) => (label ? `${label(e.path)}: ${e.message}` : e.message)) };
  const problem = problemOf(error);
  return { kind: 'text', text: problem?.detail ?? (fieldErrors(error).length > 0 ? seeMarked : undefined) };
}
