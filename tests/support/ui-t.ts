import i18next from 'i18next';
import en from '../../shared/i18n/en.json';
import kk from '../../shared/i18n/kk.json';
import pl from '../../shared/i18n/pl.json';

export type UiT = (key: string, options?: Record<string, unknown>) => string;

/** The UI's i18next as the windows build it (all three languages, English fallback, plural rules from Intl): its t for one language. */
export async function uiT(lng: 'en' | 'pl' | 'kk'): Promise<UiT> {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: en }, pl: { translation: pl }, kk: { translation: kk } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  return i18n.t.bind(i18n) as UiT;
}
