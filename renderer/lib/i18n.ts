import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { UI_LANGUAGE_STORAGE_KEY, UI_LANGUAGES, type UiLanguage } from './ui-languages';

export { UI_LANGUAGES, type UiLanguage } from './ui-languages';

type Strings = Record<string, unknown>;

// Each language in its own chunk (no network: they ship with the pages): a window loads only the
// language it shows (a third of the strings to parse on a cold load), English too when it shows
// another, as the fallback, after its first paint.
const LOADERS: Record<UiLanguage, () => Promise<{ default: Strings }>> = {
  en: () => import('../../shared/i18n/en.json'),
  pl: () => import('../../shared/i18n/pl.json'),
  kk: () => import('../../shared/i18n/kk.json'),
};
const loading = new Map<UiLanguage, Promise<Strings>>();

/** Starts fetching a language's strings (once); the window's first lines call it before its code has run. */
export function loadUiLanguage(code: UiLanguage = initialLanguage()): Promise<Strings> {
  let strings = loading.get(code);
  if (!strings) {
    strings = LOADERS[code]().then((m) => m.default);
    strings.catch(() => loading.delete(code)); // the next call tries again
    loading.set(code, strings);
  }
  return strings;
}

export function initialLanguage(): UiLanguage {
  const saved = globalThis.localStorage?.getItem(UI_LANGUAGE_STORAGE_KEY);
  const wanted = saved ?? globalThis.navigator?.language?.slice(0, 2) ?? 'en';
  return UI_LANGUAGES.some((l) => l.code === wanted) ? (wanted as UiLanguage) : 'en';
}

const addStrings = (code: UiLanguage, strings: Strings) => i18next.addResourceBundle(code, 'translation', strings, true, true);

/** i18next with the window's language loaded (no network: the strings ship with the pages); resolves when it can render. */
export async function initI18n() {
  const lng = initialLanguage();
  const strings = await loadUiLanguage(lng);
  await i18next.use(initReactI18next).init({
    resources: { [lng]: { translation: strings } },
    partialBundledLanguages: true,
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes; chat text is never HTML.
  });
  document.documentElement.lang = lng;
  if (lng !== 'en') void loadUiLanguage('en').then((en) => addStrings('en', en));
  return i18next;
}

export async function setUiLanguage(code: UiLanguage) {
  globalThis.localStorage?.setItem(UI_LANGUAGE_STORAGE_KEY, code);
  if (!i18next.hasResourceBundle(code, 'translation')) addStrings(code, await loadUiLanguage(code));
  await i18next.changeLanguage(code);
  document.documentElement.lang = code;
}
