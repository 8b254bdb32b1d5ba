import { ACCOUNT_MESSAGES } from './account/account-messages.ts';
import { ONLINE_MESSAGES } from './online/online-messages.ts';
import { describe, expect, it } from 'vitest';
import { CALENDAR_MESSAGES } from './calendar/calendar-messages.ts';
import { CATALOG_MESSAGES } from './catalog/catalog-messages.ts';
import { DELEGATION_MESSAGES } from './delegation/delegation-messages.ts';
import { DOSSIER_MESSAGES } from './dossier/dossier-messages.ts';
import { GENERAL_MESSAGES } from './general-messages.ts';
import { ORG_MESSAGES } from './org/org-messages.ts';
import { RATING_MESSAGES } from './rating/rating-messages.ts';
import { TEXT_MESSAGES } from './text/text-messages.ts';
import { VALIDATION_MESSAGES, validationMessage } from './validation-messages.ts';

describe('validation message registry', () => {
  it('gathers every area table, and no key is worded by two areas', () => {
    const tables = [
      GENERAL_MESSAGES,
      CALENDAR_MESSAGES,
      CATALOG_MESSAGES,
      DOSSIER_MESSAGES,
      RATING_MESSAGES,
      DELEGATION_MESSAGES,
      TEXT_MESSAGES,
      ORG_MESSAGES,
      ACCOUNT_MESSAGES,
      ONLINE_MESSAGES,
    ];
    const keys = tables.flatMap((table) => Object.keys(table));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.toSorted()).toEqual(Object.keys(VALIDATION_MESSAGES).toSorted());
  });

  it('words a key in the language asked, and leaves an unknown one to the caller', () => {
    expect(validationMessage('validation.required', 'vi')).toBe('Vui lòng nhập thông tin này');
    expect(validationMessage('validation.required', 'en')).toBe('This field is required');
    expect(validationMessage('zod says so', 'en')).toBeUndefined();
  });
});
