import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../assets/locales/en/translation.json';
import zh from '../../assets/locales/zh-CN/translation.json';
import { LANGUAGES, type Language } from '../../src/api/contract.js';
import { errorKeys } from '../../src/api/errorKey.js';
import type { WireError } from '../../src/api/contract.js';

const STORAGE_KEY = 'duizhao.language';

/** The language to start in: the user's last choice, else the system's (Chinese systems get Chinese). */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Initialises i18next for the UI; every visible string goes through it. */
export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources: { en: { translation: en }, 'zh-CN': { translation: zh } },
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<typeof i18next.init>[0]);
  document.documentElement.lang = language;
  return i18next;
}

/** Switches the UI language at run time and remembers the choice. */
export async function switchLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

/** The message for a back-end error in the current language. */
export function errorMessage(error: Pick<WireError, 'code' | 'params'>): string {
  return i18next.t(errorKeys(error), { ...error.params, code: error.code });
}
