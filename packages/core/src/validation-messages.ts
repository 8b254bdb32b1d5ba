import type { Language } from './language.ts';
import { GENERAL_MESSAGES } from './general-messages.ts';
import { CALENDAR_MESSAGES } from './calendar/calendar-messages.ts';
import { CATALOG_MESSAGES } from './catalog/catalog-messages.ts';
import { DOSSIER_MESSAGES } from './dossier/dossier-messages.ts';
import { RATING_MESSAGES } from './rating/rating-messages.ts';
import { DELEGATION_MESSAGES } from './delegation/delegation-messages.ts';
import { ORG_MESSAGES } from './org/org-messages.ts';
import { ACCOUNT_MESSAGES } from './account/account-messages.ts';
import { ONLINE_MESSAGES } from './online/online-messages.ts';
import { TEXT_MESSAGES } from './text/text-messages.ts';

/**
 * Messages of our own for validation failures, by key. A schema puts the key in its message; the
 * server's error handler words it in the request's language (zod's own locales word the rest).
 * Each area words its keys in its `<area>-messages.ts`; this registry gathers them, and no area
 * imports it (the core's import graph stays a tree, issue 12).
 */
export const VALIDATION_MESSAGES = {
  ...GENERAL_MESSAGES,
  ...CALENDAR_MESSAGES,
  ...CATALOG_MESSAGES,
  ...DOSSIER_MESSAGES,
  ...RATING_MESSAGES,
  ...DELEGATION_MESSAGES,
  ...TEXT_MESSAGES,
  ...ORG_MESSAGES,
  ...ACCOUNT_MESSAGES,
  ...ONLINE_MESSAGES,
} as const satisfies Record<string, Record<Language, string>>;
export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

export function validationMessage(key: string, language: Language): string | undefined {
  return key in VALIDATION_MESSAGES ? VALIDATION_MESSAGES[key as ValidationMessageKey][language] : undefined;
}
