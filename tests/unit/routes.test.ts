import { describe, expect, it } from 'vitest';
import { joinUrl, localeUrl, pathWithinLocale } from '../../src/lib/routes';

describe('joinUrl', () => {
  it('always ends pages with a slash', () => {
    expect(joinUrl('/', 'en', 'guides')).toBe('/en/guides/');
    expect(joinUrl('/', '')).toBe('/');
  });
  it('keeps files without a trailing slash', () => {
    expect(joinUrl('/sub/', 'en/briefs/x.pdf')).toBe('/sub/en/briefs/x.pdf');
  });
  it('joins a base without a trailing slash', () => {
    expect(joinUrl('/sub', 'en')).toBe('/sub/en/');
  });
});

describe('localeUrl and pathWithinLocale', () => {
  it('round-trip under a sub-path', () => {
    const url = localeUrl('/sub/', 'ar', 'guides/police-encounters');
    expect(url).toBe('/sub/ar/guides/police-encounters/');
    expect(pathWithinLocale('/sub/', url)).toBe('guides/police-encounters');
  });
  it('gives an empty path for a language home', () => {
    expect(pathWithinLocale('/', '/th/')).toBe('');
  });
  it('refuses a path outside the base', () => {
    expect(() => pathWithinLocale('/sub/', '/en/')).toThrow(/outside base/);
  });
});
