import { z } from 'zod';
import type { Language } from './problem.ts';

/**
 * Messages of our own for validation failures, by key. A schema puts the key in its message; the
 * server's error handler words it in the request's language (zod's own locales word the rest).
 */
export const VALIDATION_MESSAGES = {
  'validation.required': { vi: 'Vui lòng nhập thông tin này', en: 'This field is required' },
  'validation.too_long': { vi: 'Nội dung quá dài', en: 'Too long' },
} as const satisfies Record<string, Record<Language, string>>;
export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

export function validationMessage(key: string, language: Language): string | undefined {
  return key in VALIDATION_MESSAGES ? VALIDATION_MESSAGES[key as ValidationMessageKey][language] : undefined;
}

/** A required text field: missing, empty or blank all read "required". */
export const requiredText = (max: number, options: { trim?: boolean } = { trim: true }) => {
  const base = z.string({ error: (issue) => (issue.input === undefined || issue.input === null ? 'validation.required' : undefined) });
  return (options.trim ? base.trim() : base).min(1, 'validation.required').max(max, 'validation.too_long');
};
