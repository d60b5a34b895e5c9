import en from '../../../shared/i18n/en.json';
import kk from '../../../shared/i18n/kk.json';
import pl from '../../../shared/i18n/pl.json';

/** The report's strings (shared/i18n/<lang>.json, section "report") for the HTML page and the PDF, which have no i18next. */
export const REPORT_LANGUAGES = ['en', 'pl', 'kk'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

type Section = Record<string, unknown>;
const SECTIONS: Record<ReportLanguage, Section> = { en: en.report, pl: pl.report, kk: kk.report };

export type ReportText = (key: string, values?: Record<string, string | number>) => string;

export function reportText(language: ReportLanguage): ReportText {
  const lookup = (section: Section, key: string): string | undefined => {
    let at: unknown = section;
    for (const part of key.split('.')) at = at && typeof at === 'object' ? (at as Section)[part] : undefined;
    return typeof at === 'string' ? at : undefined;
  };
  return (key, values = {}) => {
    const template = lookup(SECTIONS[language], key) ?? lookup(SECTIONS.en, key) ?? key;
    return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}

/** The locale Intl formats numbers, money and times with. */
export const LOCALE: Record<ReportLanguage, string> = { en: 'en-GB', pl: 'pl-PL', kk: 'kk-KZ' };
