/** Site-wide settings an operator may change; one place, read by config, pages and post-build scripts. */
export const site = {
  /** Canonical origin, used for the sitemap, feeds and citations; no trailing slash. */
  url: process.env.SITE_URL ?? 'https://ask-the-experts.example',
  /** Where the quick exit sends the reader: a neutral, common, multilingual page that reveals nothing. */
  exitUrl: 'https://www.wikipedia.org/',
  /** Repository where readers and editors can report problems (security.txt and the about page). */
  repository: 'https://github.com/ask-the-experts/site',
  /** Contact for security reports, published in /.well-known/security.txt. */
  securityContact: 'https://github.com/ask-the-experts/site/security/advisories/new',
} as const;
