import { env, LOCAL_SITE_URL } from './env';

/** Site-wide settings an operator may change; one place, read by config, pages and post-build scripts. */
export const site = {
  /**
   * Canonical origin, used for the sitemap, feeds and citations; no trailing slash. `npm run build` refuses to
   * run without SITE_URL; the local address is only for `astro dev` and content checks.
   */
  url: env.siteUrl ?? LOCAL_SITE_URL,
  /** Where the quick exit sends the reader: a neutral, common, multilingual page that reveals nothing. */
  exitUrl: 'https://www.wikipedia.org/',
  /**
   * How journalists and security researchers reach the people who run this copy of the site (an https URL or a
   * mailto: address). Deliberately unset: we do not invent an address. Set SITE_CONTACT when deploying.
   */
  contact: env.contact,
  /**
   * Whether the headers files send Strict-Transport-Security (HTTPS only, two years, subdomains included).
   * On by default; set HSTS=off only for a host that cannot serve HTTPS, or browsers would refuse the site.
   */
  hsts: env.hsts,
  /** Year the findings pages were published here, for citing them. */
  findingsPublished: 2026,
} as const;
