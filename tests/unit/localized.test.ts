import { describe, expect, it } from 'vitest';
import { localizedPages, pagesForLocale, splitId } from '../../src/lib/localized';

const entries = [{ id: 'en/police' }, { id: 'ar/police' }, { id: 'en/health' }, { id: 'es/health' }];

describe('localizedPages', () => {
  const pages = localizedPages(entries);
  it('builds every English slug in all nine locales', () => {
    expect(pages).toHaveLength(2 * 9);
  });
  it('uses the translation where there is one', () => {
    const ar = pages.find((p) => p.lang === 'ar' && p.slug === 'police')!;
    expect(ar.entry.id).toBe('ar/police');
    expect(ar.isFallback).toBe(false);
  });
  it('falls back to English, flagged, where there is none', () => {
    const th = pages.find((p) => p.lang === 'th' && p.slug === 'police')!;
    expect(th.entry.id).toBe('en/police');
    expect(th.isFallback).toBe(true);
  });
  it('lists which locales really have the page', () => {
    expect(pages.find((p) => p.slug === 'health')!.translated).toEqual(['en', 'es']);
  });
  it('keeps the given order for one locale', () => {
    expect(pagesForLocale(entries, 'es').map((p) => [p.slug, p.isFallback])).toEqual([
      ['police', true],
      ['health', false],
    ]);
  });
});

describe('splitId', () => {
  it('splits an id into a known locale and the slug', () => {
    expect(splitId('zh-hans/police')).toEqual({ locale: 'zh-hans', slug: 'police' });
  });
  it('rejects an id whose first segment is not a locale', () => {
    expect(() => splitId('de/police')).toThrow(/"de\/police"/);
  });
});
