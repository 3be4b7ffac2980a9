import { describe, expect, it } from 'vitest';
import { daysUntilExpiry, securityTxt } from '../../src/lib/security-txt';
import { contentSecurityPolicy, headerRules, isSearchPage, nginxSnippet } from '../../src/lib/security-headers';
import { formatHeadersFile, headersFor, parseHeadersFile } from '../../src/lib/headers-file';

describe('security.txt', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const text = securityTxt({
    contact: 'https://x.example/about/',
    canonical: 'https://x.example/.well-known/security.txt',
    languages: ['en'],
    now,
  });
  it('has a contact and expires a year after the build', () => {
    expect(text).toMatch(/^Contact: https:\/\/x\.example\/about\/$/m);
    expect(daysUntilExpiry(text, now)).toBe(365);
  });
  it('reports how close expiry is', () => {
    expect(daysUntilExpiry(text, new Date('2026-12-15T00:00:00Z'))).toBeLessThan(30);
  });
});

describe('headers for static hosts', () => {
  const pages = ['/', '/en/', '/en/guides/', '/en/guides/a/', '/en/guides/b/', '/en/search/', '/ar/search/'];
  const rules = headerRules(pages, '/');
  it('gives every page exactly one CSP, with WebAssembly only where search runs', () => {
    for (const page of pages) {
      const csp = headersFor(rules, page).get('content-security-policy')!;
      expect(csp.split(',')).toHaveLength(1);
      expect(csp.includes("'wasm-unsafe-eval'")).toBe(isSearchPage(page, '/'));
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });
  it('gives every path the common headers', () => {
    expect(headersFor(rules, '/_astro/x.js').get('referrer-policy')).toBe('no-referrer');
  });
  it('round-trips through the _headers format', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });
  it('never allows inline code or eval', () => {
    for (const search of [true, false])
      expect(contentSecurityPolicy({ search })).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });
  it('writes an nginx snippet with the search exception first', () => {
    const conf = nginxSnippet('/sub/');
    expect(conf.indexOf('wasm-unsafe-eval')).toBeLessThan(conf.indexOf('location /sub/ {'));
  });
});
