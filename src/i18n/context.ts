import type { TFunction } from 'i18next';
import { getLocale, useTranslations } from './index';
import type { Locale, LocaleCode } from './locales';
import { siteUrls, type SiteAddress, type SiteUrls } from '../lib/locale-paths';
import { env } from '../env';
import { site } from '../site.config';

/**
 * Everything a page needs to render in one locale. src/middleware.ts puts it on `Astro.locals` for every page
 * and endpoint (as Starlight puts `starlightRoute` and `t` there), so layouts and components read the
 * locale from the request instead of each taking `lang` and `base` props.
 */
export interface LocaleContext {
  /** The locale's code, as in URLs and content folders (e.g. `zh-hans`). */
  lang: LocaleCode;
  /** Its record: BCP-47 tag, endonym and text direction. */
  locale: Locale;
  /** The i18next translator fixed to this locale. */
  t: TFunction;
  /** URL builders bound to the site's base path and origin, and to this locale. */
  urls: SiteUrls;
}

/** This build's address: `BASE` and `SITE_URL`, as read and checked by src/env.ts. */
export const buildAddress: SiteAddress = { base: env.base, origin: site.url };

/** The context of one locale; `address` is this build's unless given (the unit tests pass others). */
export function localeContext(lang: LocaleCode, address: SiteAddress = buildAddress): LocaleContext {
  return { lang, locale: getLocale(lang), t: useTranslations(lang), urls: siteUrls(address, lang) };
}
