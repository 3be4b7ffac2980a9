/**
 * Content-Security-Policy directives shared by every page, besides the script-src and style-src that Astro
 * computes. One list, read by astro.config.mjs (the <meta> policy) and the headers files (which leave out
 * default-src so that scripts stay governed by each page's <meta> policy alone).
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'none'",
  "object-src 'none'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

/** Directives only an HTTP header can carry (a <meta> policy ignores them). */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;
