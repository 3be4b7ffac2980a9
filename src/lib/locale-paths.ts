import { isLocaleCode, localeCodes, sourceLocale, type LocaleCode } from '../i18n/locales';
import { joinUrl } from './routes';

/** `getStaticPaths` for a route that exists once per locale (`[lang]/…`). */
export function localeStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

/**
 * The locale a route renders in, from its `lang` param. Routes under `[lang]/` are in the language the param
 * names; an unknown code throws, so a bad route never renders. Routes without the param — the language portal
 * at `/`, the 404, the open data and citation files — have no language in their URL and are in the source
 * locale (English). Decided here rather than by Astro's `currentLocale`, which guesses from any path segment
 * (it would put `/cite/es/overview.bib` in Spanish).
 */
export function localeForRoute(lang: string | undefined): LocaleCode {
  if (lang === undefined) return sourceLocale;
  if (!isLocaleCode(lang)) throw new Error(`Unknown locale "${lang}" in the URL. Known: ${localeCodes.join(', ')}`);
  return lang;
}

/** Where a copy of the site is published. */
export interface SiteAddress {
  /** Path the site is served under, starting and ending with a slash (`/` or e.g. `/sub/`). */
  base: string;
  /** Public origin, without a trailing slash (e.g. `https://rights.example.org`). */
  origin: string;
}

/** The URLs of the site, bound to its address and to the locale of the page being rendered. */
export interface SiteUrls {
  /**
   * A page in a locale — the page's own unless `lang` is given: `<base><lang>/<path>/`. The language
   * switcher, the portal and the translation status page pass other locales.
   */
  page(path?: string, lang?: LocaleCode): string;
  /**
   * A page or file outside the locales: `<base><path>`, with a trailing slash unless `path` ends in a file
   * name (`data/organisations.json`, `cite/study.bib`, `favicon.svg`, `en/briefs/x.pdf`).
   */
  site(path?: string): string;
  /** The absolute public address of a site URL (from {@link page} or {@link site}), for citations and feeds. */
  absolute(url: string): string;
}

/**
 * The one builder of site URLs: every link, asset and citation address goes through it, so the base path
 * (`BASE`, e.g. `/sub/`) and the trailing-slash contract are applied in one place.
 */
export function siteUrls(address: SiteAddress, lang: LocaleCode): SiteUrls {
  return {
    page: (path = '', to = lang) => joinUrl(address.base, to, path),
    site: (path = '') => joinUrl(address.base, path),
    absolute: (url) => new URL(url, address.origin).href,
  };
}
