import type { Language } from '../language.ts';

/** Texts of the text schema's message keys (safe-text.ts). */
export const TEXT_MESSAGES = {
  'validation.unsafe_text': {
    vi: 'Chứa ký tự không hợp lệ (ký tự NUL hoặc mã UTF-16 không đủ cặp)',
    en: 'Contains an invalid character (NUL or an unpaired UTF-16 surrogate)',
  },
} as const satisfies Record<string, Record<Language, string>>;
