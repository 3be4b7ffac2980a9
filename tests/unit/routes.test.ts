import { describe, expect, it } from 'vitest';
import { joinUrl } from '../../src/lib/routes';

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
