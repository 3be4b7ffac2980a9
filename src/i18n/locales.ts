/** Text direction of a script, as the HTML `dir` attribute takes it. */
export type Dir = 'ltr' | 'rtl';

/** One language the site is published in. */
export interface Locale {
  /** URL segment and content folder name: lower-case, stable, never translated. */
  code: string;
  /** BCP-47 tag for `<html lang>`, Pagefind and Intl; may differ in case from `code`. */
  lang: string;
  /** The language's name in itself, so readers recognise it without reading English. */
  endonym: string;
  /** Direction of the script, so layout and notices mirror without special code. */
  dir: Dir;
}

/** The ONE list of languages: config, routes, tests and the switcher all read it. English first: it is the source language. */
export const locales = [
  { code: 'en', lang: 'en', endonym: 'English', dir: 'ltr' },
  { code: 'es', lang: 'es', endonym: 'Español', dir: 'ltr' },
  { code: 'fr', lang: 'fr', endonym: 'Français', dir: 'ltr' },
  { code: 'pt', lang: 'pt', endonym: 'Português', dir: 'ltr' },
  { code: 'ru', lang: 'ru', endonym: 'Русский', dir: 'ltr' },
  { code: 'ar', lang: 'ar', endonym: 'العربية', dir: 'rtl' },
  { code: 'hi', lang: 'hi', endonym: 'हिन्दी', dir: 'ltr' },
  { code: 'th', lang: 'th', endonym: 'ไทย', dir: 'ltr' },
  { code: 'zh-hans', lang: 'zh-Hans', endonym: '简体中文', dir: 'ltr' },
] as const satisfies readonly Locale[];

/** A language code the site knows; typed so a typo fails `astro check`. */
export type LocaleCode = (typeof locales)[number]['code'];

/** The language every other one is translated from, and the fallback body. */
export const sourceLocale: LocaleCode = 'en';

/** Codes alone, in list order, for routes and Astro's i18n config. */
export const localeCodes: LocaleCode[] = locales.map((l) => l.code);

/** True when `code` is one of our locales; narrows strings read from URLs and folders. */
export function isLocaleCode(code: string): code is LocaleCode {
  return (localeCodes as string[]).includes(code);
}

/** The locale record for a code; throws on an unknown code so a bad route never renders. */
export function getLocale(code: string): Locale {
  const found = locales.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}". Known: ${localeCodes.join(', ')}`);
  return found;
}
