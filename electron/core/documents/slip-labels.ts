import en from '../../../shared/i18n/en.json' with { type: 'json' };
import kk from '../../../shared/i18n/kk.json' with { type: 'json' };
import pl from '../../../shared/i18n/pl.json' with { type: 'json' };

/**
 * The words printed on shipping documents, from the same i18n files as the window's printable
 * pages (section "shipping"), in the shop's language (English when it has none of ours).
 */
type Section = Record<string, Record<string, string>>;
const SECTIONS: Record<string, Section> = {
  en: (en as unknown as { shipping: Section }).shipping,
  pl: (pl as unknown as { shipping: Section }).shipping,
  kk: (kk as unknown as { shipping: Section }).shipping,
};

export type Labels = ((group: 'slip' | 'pick' | 'missing', key: string, values?: Record<string, string | number>) => string) & {
  /** The language the words are in (money and numbers are formatted for it). */
  locale: string;
};

export function labelsFor(language: string | null | undefined): Labels {
  const locale = language && SECTIONS[language] ? language : 'en';
  const section = SECTIONS[locale]!;
  const t = (group: string, key: string, values: Record<string, string | number> = {}) => {
    const template = section[group]?.[key] ?? SECTIONS.en![group]?.[key] ?? key;
    return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
  return Object.assign(t, { locale });
}
