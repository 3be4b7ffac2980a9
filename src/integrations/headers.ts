/**
 * What a deployment sends with every response: the Content-Security-Policy (shared with each page's <meta>
 * policy), the other security headers, and the files that carry them to static hosts (`_headers` for
 * Netlify and Cloudflare Pages, an nginx snippet, a Caddyfile snippet). Build-time only.
 */

import type { InlineHashes } from './inline-csp';

/**
 * Content-Security-Policy directives shared by every page, besides the script-src and style-src that Astro
 * computes: read by astro.config.mjs (each page's <meta> policy) and by {@link headerPolicy}.
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

/** One rule of a `_headers` file (Netlify, Cloudflare Pages): a path pattern and the headers it sets. */
export interface HeaderRule {
  /** Exact path, or a prefix ending in `*`. */
  pattern: string;
  /** Header name and value pairs, in file order. */
  headers: [string, string][];
}

/** Writes rules in the `_headers` format. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules.map((r) => [r.pattern, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n\n') + '\n';
}

/** Reads a `_headers` file; comment lines start with `#`. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** True when a `_headers` pattern matches a path (`*` matches any rest, including nothing). */
export function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** The headers a path gets: every matching rule, later rules adding to earlier ones as static hosts do. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  }
  return out;
}

/** Headers every response gets, whatever it is. */
export const commonHeaders: [string, string][] = [
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
  [
    'Permissions-Policy',
    'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=(), attribution-reporting=(), join-ad-interest-group=(), run-ad-auction=()',
  ],
];

/** HTTPS only, for two years, subdomains included; left out when the operator sets `HSTS=off` (no HTTPS). */
export const hstsHeader: [string, string] = ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'];

/**
 * The Content-Security-Policy header, one for every response, that stands alone: a response without the
 * page's `<meta>` policy (a host's error page, a non-HTML file, a page a host rewrote) still gets
 * `default-src 'self'` and scripts from the site only, with `'wasm-unsafe-eval'` for search, plus the hashes
 * of the inline stylesheets and scripts the pages carry (the same few on every page, read from the build).
 * Each page's own `<meta>` policy narrows it further (its own hashes only, no WebAssembly outside search):
 * both are enforced, so a page gets the stricter of the two. One rule fits every host: they join two matching
 * CSP rules into two policies, and some cap the number of rules.
 */
export function headerPolicy(inline: InlineHashes): string {
  return [
    ...cspDirectives,
    "media-src 'self'",
    ["style-src 'self'", ...inline.styles].join(' '),
    ["script-src 'self' 'wasm-unsafe-eval'", ...inline.scripts].join(' '),
    "script-src-attr 'none'",
    ...headerOnlyDirectives,
  ].join('; ');
}

/** What the headers depend on: HSTS (`false` leaves it out, for hosts without HTTPS) and the inline hashes. */
export interface HeaderOptions {
  hsts: boolean;
  inline: InlineHashes;
}

/** Every header every response gets, in file order. */
export function securityHeaders({ hsts, inline }: HeaderOptions): [string, string][] {
  return [...commonHeaders, ...(hsts ? [hstsHeader] : []), ['Content-Security-Policy', headerPolicy(inline)]];
}

/** `_headers` rules (Netlify, Cloudflare Pages): one rule, every header, every path under the base. */
export function headerRules(base: string, options: HeaderOptions): HeaderRule[] {
  return [{ pattern: `${base}*`, headers: securityHeaders(options) }];
}

/**
 * An nginx snippet with the same headers: bare `add_header … always;` lines to `include` in the `server`
 * block that serves the build (no `location` of its own, which would clash with the operator's).
 */
export function nginxSnippet(options: HeaderOptions): string {
  const add = securityHeaders(options)
    .map(([n, v]) => `add_header ${n} "${v}" always;`)
    .join('\n');
  return `# Generated by the build: security headers for this site. \`include\` this file inside a server { } block.
# nginx inherits add_header from an outer block only when the inner block has none: a location { } with its
# own add_header must include this file again.
${add}
`;
}

/** A Caddyfile snippet with the same headers, to \`import\` inside the site block that serves the build. */
export function caddySnippet(options: HeaderOptions): string {
  const lines = securityHeaders(options)
    .map(([n, v]) => `\t${n} "${v}"`)
    .join('\n');
  return `# Generated by the build: security headers for this site. \`import\` this file inside the site block.
header {
${lines}
}
`;
}
