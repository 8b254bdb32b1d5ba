import type { Language } from '../language.ts';

/** Message keys of the ratings' schemas, with their texts, for `VALIDATION_MESSAGES`. */
export const RATING_MESSAGES = {
  'rating.no_criterion': { vi: 'Cần đánh giá ít nhất một tiêu chí', en: 'Rate at least one criterion' },
  'rating.form_reference_required': {
    vi: 'Cần nhập số phiếu (phiếu giấy hoặc thư góp ý)',
    en: 'Enter the form’s reference number (paper form or letter)',
  },
} as const satisfies Record<string, Record<Language, string>>;
