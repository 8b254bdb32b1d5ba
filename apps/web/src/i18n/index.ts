import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pickLanguage, type Language } from '@motcua/core';
import { vi, type Messages } from './vi.ts';
import { en } from './en.ts';
import { consultationVi } from './consultation-vi.ts';
import { consultationEn } from './consultation-en.ts';
import { privacyVi } from './privacy-vi.ts';
import { privacyEn } from './privacy-en.ts';
import { passwordVi } from './password-vi.ts';
import { passwordEn } from './password-en.ts';
import { orgVi } from './org-vi.ts';
import { orgEn } from './org-en.ts';
import { accountVi } from './account-vi.ts';
import { accountEn } from './account-en.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: Messages &
        typeof consultationVi &
        typeof privacyVi &
        typeof passwordVi &
        typeof orgVi &
        typeof accountVi;
    };
  }
}

const STORAGE_KEY = 'motcua.language';

/** Vietnamese unless the user chose English earlier; the browser's language is not consulted (DESIGN §3). */
function storedLanguage(): Language {
  try {
    return pickLanguage(localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'vi';
  }
}

function remember(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be disabled (private mode); the choice then lasts for this page only.
  }
}

/** The language of the UI, always 'vi' or 'en'; sent as Accept-Language on every API call. */
export function currentLanguage(): Language {
  return pickLanguage(i18n.resolvedLanguage ?? i18n.language);
}

export function setLanguage(language: Language): Promise<unknown> {
  return i18n.changeLanguage(language);
}

i18n.on('languageChanged', (lng: string) => {
  const language = pickLanguage(lng);
  remember(language);
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: {
    vi: { translation: { ...vi, ...consultationVi, ...privacyVi, ...passwordVi, ...orgVi, ...accountVi } },
    en: { translation: { ...en, ...consultationEn, ...privacyEn, ...passwordEn, ...orgEn, ...accountEn } },
  },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  interpolation: { escapeValue: false },
});

export default i18n;
