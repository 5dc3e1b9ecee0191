// Vietnamese first, English on request; the choice is kept in localStorage and mirrored on <html lang>.
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../i18n/en.json';
import vi from '../i18n/vi.json';

export type Language = 'vi' | 'en';
const STORAGE_KEY = 'congdoan.lang';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

const initial = storedLanguage();
dayjs.locale(initial);
document.documentElement.lang = initial;

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  // Keys are plain dotted paths; server values used as keys (age bands) may contain ':'.
  nsSeparator: false,
  returnNull: false,
});

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  dayjs.locale(language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export default i18n;
