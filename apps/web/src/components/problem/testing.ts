import { PROBLEM_TYPE_PREFIX, PROBLEMS, type FieldError, type Problem, type ProblemCode } from '@motcua/core';
import { ApiError } from '../../api/api-error.ts';

/** The error the client throws for the server's problem of this code (its Vietnamese title), with these fields. */
export function apiErrorFor(code: ProblemCode, fields: Partial<Problem> & { errors?: FieldError[] } = {}): ApiError {
  const { status, title } = PROBLEMS[code];
  return new ApiError({ type: `${PROBLEM_TYPE_PREFIX}${code}`, status, title: title.vi, ...fields });
}
