/**
 * The window's languages and where the choice is kept: plain values with no imports, so the build's
 * host-page plugin (scripts/vite-host-preload.ts) preloads the same languages renderer/lib/i18n.ts loads.
 */
export const UI_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'pl', name: 'Polski' },
  { code: 'kk', name: 'Қазақша' },
] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number]['code'];

export const UI_LANGUAGE_STORAGE_KEY = 'lss.uiLanguage';
