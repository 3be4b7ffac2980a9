import { describe, expect, it } from 'vitest';
import { daysUntilExpiry, securityTxt } from '../../src/lib/security-txt';
import { headerPolicy, headerRules, nginxSnippet } from '../../src/lib/security-headers';
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
  const rules = headerRules('/');
  it('sends every header on every path in one rule, so no path gets two CSPs', () => {
    expect(rules).toHaveLength(1);
    for (const path of ['/', '/en/search/', '/_astro/x.js']) {
      const h = headersFor(rules, path);
      expect(h.get('referrer-policy')).toBe('no-referrer');
      expect(h.get('content-security-policy')!.split(',')).toHaveLength(1);
    }
  });
  it('says in the header what only a header can say, and never allows inline code or eval', () => {
    for (const d of [
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "object-src 'none'",
      "script-src-attr 'none'",
    ]) {
      expect(headerPolicy).toContain(d);
    }
    expect(headerPolicy).not.toMatch(/unsafe-inline|unsafe-eval|default-src|script-src /);
  });
  it('round-trips through the _headers format', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });
  it('writes the same headers for nginx under the base path', () => {
    const conf = nginxSnippet('/sub/');
    expect(conf).toContain('location /sub/ {');
    expect(conf).toContain(headerPolicy);
  });
});
