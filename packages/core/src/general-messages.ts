import type { Language } from './language.ts';

/** The messages of `requiredText` (validation.ts), for any area's field. */
export const GENERAL_MESSAGES = {
  'validation.required': { vi: 'Vui lòng nhập thông tin này', en: 'This field is required' },
  'validation.too_long': { vi: 'Nội dung quá dài', en: 'Too long' },
} as const satisfies Record<string, Record<Language, string>>;
