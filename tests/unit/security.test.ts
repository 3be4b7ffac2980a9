import { describe, expect, it } from 'vitest';
import { daysUntilExpiry, securityTxt } from '../../src/integrations/security-txt';
import { caddySnippet, headerPolicy, headerRules, nginxSnippet } from '../../src/integrations/headers';
import { formatHeadersFile, headersFor, parseHeadersFile } from '../../src/integrations/headers';

describe('security.txt', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const text = securityTxt({
    contact: 'https://x.example/about/',
    canonical: 'https://x.example/.well-known/security.txt',
    languages: ['en'],
    now,
  });
  it('has a contact and expires less than a year after the build (RFC 9116)', () => {
    expect(text).toMatch(/^Contact: https:\/\/x\.example\/about\/$/m);
    expect(daysUntilExpiry(text, now)).toBeLessThan(365);
    expect(daysUntilExpiry(text, now)).toBeGreaterThan(300);
  });
  it('reports how close expiry is', () => {
    expect(daysUntilExpiry(text, new Date('2026-12-15T00:00:00Z'))).toBeLessThan(30);
  });
});

describe('headers for static hosts', () => {
  const inline = { scripts: ["'sha256-script'"], styles: ["'sha256-style'"] };
  const options = { hsts: true, inline };
  const policy = headerPolicy(inline);
  const rules = headerRules('/', options);
  it('sends every header on every path in one rule, so no path gets two CSPs', () => {
    expect(rules).toHaveLength(1);
    for (const path of ['/', '/en/search/', '/_astro/x.js']) {
      const h = headersFor(rules, path);
      expect(h.get('referrer-policy')).toBe('no-referrer');
      expect(h.get('content-security-policy')!.split(',')).toHaveLength(1);
    }
  });
  it('stands alone: default-src and scripts from the site only, WebAssembly for search, and HSTS', () => {
    const h = headersFor(rules, '/pagefind/pagefind.js');
    expect(h.get('content-security-policy')).toContain("default-src 'self'");
    expect(h.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-script'");
    expect(h.get('content-security-policy')).toContain("style-src 'self' 'sha256-style'");
    expect(h.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(headersFor(headerRules('/', { hsts: false, inline }), '/').has('strict-transport-security')).toBe(false);
  });
  it('says in the header what only a header can say, and never allows inline code or eval', () => {
    for (const d of [
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "object-src 'none'",
      "script-src-attr 'none'",
    ]) {
      expect(policy).toContain(d);
    }
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });
  it('round-trips through the _headers format', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });
  it('writes the same headers for nginx as bare add_header lines, and for Caddy', () => {
    const conf = nginxSnippet(options);
    const lines = conf.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines.join('\n')).not.toMatch(/^\s*location\b|server\s*\{/m);
    expect(lines.every((l) => /^add_header [\w-]+ ".*" always;$/.test(l))).toBe(true);
    expect(conf).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    expect(conf).toContain('Strict-Transport-Security');
    expect(nginxSnippet({ hsts: false, inline })).not.toContain('Strict-Transport-Security');
    const caddy = caddySnippet(options);
    expect(caddy).toMatch(/^header \{$/m);
    expect(caddy).toContain(`Content-Security-Policy "${policy}"`);
  });
});
