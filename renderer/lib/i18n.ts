import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../shared/i18n/en.json';
import kk from '../../shared/i18n/kk.json';
import pl from '../../shared/i18n/pl.json';

export const UI_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'pl', name: 'Polski' },
  { code: 'kk', name: 'Қазақша' },
] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number]['code'];

const STORAGE_KEY = 'lss.uiLanguage';

function initialLanguage(): UiLanguage {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  const wanted = saved ?? globalThis.navigator?.language?.slice(0, 2) ?? 'en';
  return UI_LANGUAGES.some((l) => l.code === wanted) ? (wanted as UiLanguage) : 'en';
}

/** i18next with the three UI languages bundled (no network: the studio runs offline). */
export function initI18n() {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, pl: { translation: pl }, kk: { translation: kk } },
    lng: initialLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes; chat text is never HTML.
  });
  return i18next;
}

export function setUiLanguage(code: UiLanguage) {
  globalThis.localStorage?.setItem(STORAGE_KEY, code);
  void i18next.changeLanguage(code);
  document.documentElement.lang = code;
}
