import i18next, { type TFunction } from 'i18next';
import { getLocale, locales, type LocaleCode } from './locales';

/** Every `ui/<code>.json`, keyed by locale code; read at build time by Vite, never fetched by the reader. */
const files = import.meta.glob<Record<string, string>>('./ui/*.json', { eager: true, import: 'default' });

/** UI strings by locale code, as loaded from disk (the unit tests compare their keys). */
export const uiStrings: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, strings]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), strings]),
);

const instance = i18next.createInstance();
void instance.init({
  // i18next is keyed by BCP-47 tag so its CLDR plural rules are right (Arabic gets six forms).
  resources: Object.fromEntries(locales.map((l) => [l.lang, { translation: uiStrings[l.code] ?? {} }])),
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  keySeparator: false,
  nsSeparator: false,
  returnNull: false,
  // Astro escapes everything it prints; escaping here too would double-escape.
  interpolation: { escapeValue: false },
});

/** A `t()` bound to one locale, for a page or component rendering in that language. */
export function useTranslations(code: LocaleCode | string): TFunction {
  return instance.getFixedT(getLocale(code).lang);
}

export { getLocale, locales, localeCodes, isLocaleCode, sourceLocale } from './locales';
export type { LocaleCode, Locale, Dir } from './locales';
