import { describe, expect, it } from 'vitest';
import {
  countByCountry,
  countryName,
  groupByCountry,
  isStale,
  languageName,
  organisationSourceHash,
  organisationText,
  regionOf,
} from '../../src/lib/directory';
import { filterFromQuery, filterToQuery, matchesFilter } from '../../src/lib/directory-filter';

const org = {
  country: 'CA',
  region: 'americas',
  services: ['outreach', 'legal-support'],
  languages: ['en', 'fr', 'zh-Hans'],
};
const any = { country: '', region: '', service: '', language: '' };

describe('matchesFilter', () => {
  it('matches everything with an empty filter', () => expect(matchesFilter(org, any)).toBe(true));
  it('needs every set part to match', () => {
    expect(matchesFilter(org, { ...any, country: 'CA', service: 'outreach' })).toBe(true);
    expect(matchesFilter(org, { ...any, country: 'CA', service: 'union' })).toBe(false);
    expect(matchesFilter(org, { ...any, region: 'europe' })).toBe(false);
  });
  it('matches a language by its primary tag', () => {
    expect(matchesFilter(org, { ...any, language: 'zh' })).toBe(true);
    expect(matchesFilter(org, { ...any, language: 'z' })).toBe(false);
  });
});

describe('query round-trip', () => {
  it('keeps only the set parts', () => {
    const q = filterToQuery({ ...any, service: 'health', country: 'ZA' });
    expect(q.toString()).toBe('country=ZA&service=health');
    expect(filterFromQuery(q)).toEqual({ ...any, service: 'health', country: 'ZA' });
  });
});

describe('directory helpers', () => {
  it('maps countries to world regions', () => {
    expect(regionOf('ZA')).toBe('africa');
    expect(regionOf('MX')).toBe('americas');
    expect(regionOf('NZ')).toBe('asia-pacific');
    expect(regionOf('ES')).toBe('europe');
    expect(() => regionOf('AQ')).toThrow(/No world region/);
  });
  it('names countries and languages in the reader’s language', () => {
    expect(countryName('ZA', 'es')).toBe('Sudáfrica');
    expect(languageName('yue', 'en')).toBe('Cantonese');
  });
  it('groups by country, sorted by the localized country name', () => {
    const e = (id: string, country: string) => ({
      id,
      data: { name: id, country, summary: { en: '' }, services: [], languages: [] },
    });
    const groups = groupByCountry([e('b', 'ZA'), e('a', 'ES'), e('c', 'ZA')], 'en');
    expect(groups.map((g) => [g.name, g.entries.map((x) => x.id)])).toEqual([
      ['South Africa', ['b', 'c']],
      ['Spain', ['a']],
    ]);
    expect([...countByCountry([e('b', 'ZA'), e('c', 'ZA')])]).toEqual([['ZA', 2]]);
  });
  it('shows a current translation with its status, and the English when it is missing or outdated', () => {
    const english = { place: 'Cape Town', summary: { en: 'Hello there, sex workers.' } };
    const source = organisationSourceHash(english);
    const data = {
      ...english,
      translations: {
        fr: { place: 'Le Cap', summary: 'Bonjour.', status: 'machine' as const, source },
        es: { summary: 'Hola.', status: 'community' as const, source: '000000000000' },
      },
    };
    expect(organisationText(data, 'fr')).toEqual({
      place: { text: 'Le Cap', lang: 'fr', status: 'machine' },
      summary: { text: 'Bonjour.', lang: 'fr', status: 'machine' },
    });
    // Outdated: the English changed after the translation was made.
    expect(organisationText(data, 'es').summary).toEqual({ text: 'Hello there, sex workers.', lang: 'en' });
    expect(organisationText(data, 'ar').place).toEqual({ text: 'Cape Town', lang: 'en' });
  });
  it('flags facts checked more than a year ago', () => {
    expect(isStale(new Date('2025-01-01'), new Date('2026-01-02'))).toBe(true);
    expect(isStale(new Date('2025-06-01'), new Date('2026-01-02'))).toBe(false);
  });
});
