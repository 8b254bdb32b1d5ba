import { z } from 'zod';
import { isSafeText, UNSAFE_TEXT } from './text/safe-text.ts';

/**
 * A required text field: missing, empty or blank all read "required". Its message keys are worded
 * in general-messages.ts. Like every text of the core, it refuses NUL and lone surrogates (text/safe-text.ts).
 */
export const requiredText = (max: number, options: { trim?: boolean } = { trim: true }) => {
  const base = z.string({
    error: (issue) => (issue.input === undefined || issue.input === null ? 'validation.required' : undefined),
  });
  return (options.trim ? base.trim() : base)
    .min(1, 'validation.required')
    .max(max, 'validation.too_long')
    .refine(isSafeText, UNSAFE_TEXT);
};
