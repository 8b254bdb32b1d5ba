import { z } from 'zod';

/**
 * A required text field: missing, empty or blank all read "required". Its message keys are worded
 * in general-messages.ts.
 */
export const requiredText = (max: number, options: { trim?: boolean } = { trim: true }) => {
  const base = z.string({
    error: (issue) => (issue.input === undefined || issue.input === null ? 'validation.required' : undefined),
  });
  return (options.trim ? base.trim() : base).min(1, 'validation.required').max(max, 'validation.too_long');
};
