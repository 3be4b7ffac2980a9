import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { locales, localeCodes, getLocale, isLocaleCode } from '../../src/i18n/locales';
import { uiStrings, useTranslations } from '../../src/i18n';

const english = uiStrings.en!;
/** A key without its plural suffix, so `x_one` and `x_other` count as the key `x`. */
const stem = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('lists nine languages, English first, Arabic right-to-left', () => {
    expect(localeCodes).toEqual(['en', 'es', 'fr', 'pt', 'ru', 'ar', 'hi', 'th', 'zh-hans']);
    expect(getLocale('ar').dir).toBe('rtl');
    expect(locales.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
    expect(getLocale('zh-hans').lang).toBe('zh-Hans');
  });
  it('rejects unknown codes', () => {
    expect(isLocaleCode('de')).toBe(false);
    expect(() => getLocale('de')).toThrow(/Unknown locale "de"/);
  });
  it('has exactly one UI file per locale', () => {
    const files = readdirSync('src/i18n/ui')
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual([...localeCodes].sort());
  });
});

describe.each(locales.map((l) => [l.code, l.lang] as const))('UI strings in %s', (code, lang) => {
  const strings = uiStrings[code] ?? {};
  const stems = new Set(Object.keys(strings).map(stem));
  const englishStems = new Set(Object.keys(english).map(stem));

  it('has every key English has', () => {
    expect([...englishStems].filter((k) => !stems.has(k))).toEqual([]);
  });
  it('has no key English lacks', () => {
    expect([...stems].filter((k) => !englishStems.has(k))).toEqual([]);
  });
  it('has no empty string', () => {
    expect(Object.entries(strings).filter(([, v]) => !v.trim())).toEqual([]);
  });
  it('keeps the same placeholders as English', () => {
    // Forms for exactly zero, one or two may name the number in words instead ("لا توجد نتائج", "نتيجتان").
    const mayOmitCount = (key: string) => /_(zero|one|two)$/.test(key);
    const wrong = Object.entries(strings).filter(([key, value]) => {
      const source = english[key] ?? english[`${stem(key)}_other`] ?? '';
      const expected = placeholders(source).filter((p) => !(mayOmitCount(key) && p === 'count'));
      const found = placeholders(value).filter((p) => !(mayOmitCount(key) && p === 'count'));
      return JSON.stringify(found) !== JSON.stringify(expected);
    });
    expect(wrong).toEqual([]);
  });
  it('names no two menu items alike (e.g. "Recherche" beside "Rechercher")', () => {
    const menu = ['nav.guides', 'nav.findings', 'nav.organisations', 'nav.briefs', 'nav.search'].map((k) =>
      (strings[k] ?? '').toLocaleLowerCase(lang),
    );
    const alike = menu.flatMap((a, i) =>
      menu
        .slice(i + 1)
        .filter((b) => {
          const common = [...a].findIndex((ch, j) => ch !== b[j]);
          return a.includes(b) || b.includes(a) || (common === -1 ? a.length : common) >= 5;
        })
        .map((b) => `${a} ~ ${b}`),
    );
    expect(alike).toEqual([]);
  });
  it('has every plural form its language needs', () => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const pluralStems = [...englishStems].filter((s) => `${s}_other` in english);
    const missing = pluralStems.flatMap((s) =>
      categories.filter((c) => !(`${s}_${c}` in strings)).map((c) => `${s}_${c}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('useTranslations', () => {
  it('interpolates and picks plural forms by CLDR rules', () => {
    expect(useTranslations('en')('search.results', { count: 1 })).toBe('1 result');
    expect(useTranslations('en')('search.results', { count: 3 })).toBe('3 results');
  });
});
