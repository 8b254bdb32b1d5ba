import type { FieldError, ProblemCode } from '@motcua/core';

/** A business or request failure with a stable code from the core registry; the error handler renders it. */
export class AppError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly options: {
      detail?: Partial<Record<'vi' | 'en', string>>;
      errors?: FieldError[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}
