import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pickLanguage, type Language } from '@motcua/core';
import { vi, type Messages } from './vi.ts';
import { consultationVi } from './consultation-vi.ts';
import { privacyVi } from './privacy-vi.ts';
import { passwordVi } from './password-vi.ts';
import { orgVi } from './org-vi.ts';
import { accountVi } from './account-vi.ts';

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

/**
 * English is loaded the first time it is chosen (or found chosen earlier): the Vietnamese first page does not download
 * it (issue 19: at most 250 kB of JavaScript, gzip). Until it arrives, the Vietnamese text stands in (`fallbackLng`).
 */
async function loadEnglish(): Promise<void> {
  if (i18n.hasResourceBundle('en', 'translation')) return;
  const { enBundle } = await import('./en-bundle.ts');
  i18n.addResourceBundle('en', 'translation', enBundle);
}

export async function setLanguage(language: Language): Promise<unknown> {
  if (language === 'en') await loadEnglish();
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
  },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  interpolation: { escapeValue: false },
});
// Chosen earlier: loaded now, then the language is set again so that every component renders it.
if (storedLanguage() === 'en') void setLanguage('en');

export default i18n;
