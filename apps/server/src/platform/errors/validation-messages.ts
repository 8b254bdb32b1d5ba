import { validationMessage, type FieldError, type Language } from '@motcua/core';
import { z } from 'zod';
import type { ZodFastifySchemaValidationError } from 'fastify-type-provider-zod';

const locales = { vi: z.locales.vi().localeError, en: z.locales.en().localeError };

/**
 * Turns validation issues into per-field errors in the request's language: our message keys (core
 * `VALIDATION_MESSAGES`) first, then zod's own vi/en locales; any other custom message is kept as written.
 */
export function translateValidation(
  issues: readonly ZodFastifySchemaValidationError[],
  part: string | undefined,
  language: Language,
): FieldError[] {
  return issues.map((issue) => {
    const path = issue.instancePath.split('/').filter(Boolean).join('.');
    const code = issue.keyword;
    const raw = {
      ...(issue.params as object),
      code,
      path: path.split('.'),
      message: issue.message,
    } as z.core.$ZodRawIssue;
    const ours = validationMessage(issue.message ?? '', language);
    const localized = ours ?? (code === 'custom' ? undefined : locales[language](raw));
    const message = typeof localized === 'string' ? localized : (localized?.message ?? issue.message ?? '');
    return { path: path || (part ?? ''), message };
  });
}
