import type { z } from 'zod';
import { validationMessage } from '@motcua/core';
import { currentLanguage } from '../../i18n/index.ts';

/**
 * An Ant Design rule that checks a field with core's schema (the one the server applies), worded by
 * core's messages in the UI language. An empty field passes: `required` says that.
 */
export function schemaRule(schema: z.ZodType) {
  return {
    validator: async (_: unknown, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      const parsed = schema.safeParse(value);
      if (parsed.success) return;
      const key = parsed.error.issues[0]?.message ?? '';
      throw new Error(validationMessage(key, currentLanguage()) ?? key);
    },
  };
}
