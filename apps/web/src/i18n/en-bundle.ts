import { accountEn } from './account-en.ts';
import { consultationEn } from './consultation-en.ts';
import { en } from './en.ts';
import { orgEn } from './org-en.ts';
import { passwordEn } from './password-en.ts';
import { privacyEn } from './privacy-en.ts';

/** Every English text, in one chunk loaded when English is chosen (issue 19: the first page stays light). */
export const enBundle = { ...en, ...consultationEn, ...privacyEn, ...passwordEn, ...orgEn, ...accountEn };
