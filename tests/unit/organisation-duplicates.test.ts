import { describe, expect, it } from 'vitest';
import { duplicateOrganisations, normalisedName, normalisedWebsite } from '../../src/lib/organisation-duplicates';

describe('normalisedWebsite', () => {
  it('ignores scheme, www., the host’s case and a trailing slash', () => {
    const key = normalisedWebsite('https://www.sweat.org.za/');
    for (const url of ['http://sweat.org.za', 'https://SWEAT.org.za', 'https://WWW.Sweat.Org.Za/#top']) {
      expect(normalisedWebsite(url), url).toBe(key);
    }
  });
  it('keeps the path, its case and the query', () => {
    expect(normalisedWebsite('https://nswp.org/fr/')).not.toBe(normalisedWebsite('https://nswp.org/'));
    expect(normalisedWebsite('https://example.org/A')).not.toBe(normalisedWebsite('https://example.org/a'));
    expect(normalisedWebsite('https://example.org/?id=1')).not.toBe(normalisedWebsite('https://example.org/?id=2'));
  });
});

describe('normalisedName', () => {
  it('ignores case and runs of spaces', () =>
    expect(normalisedName(' Stella  l’amie ')).toBe(normalisedName('STELLA l’amie')));
});

describe('duplicateOrganisations', () => {
  const org = (file: string, name: string, country: string, website?: string) => ({
    file: `content/organisations/${file}.yaml`,
    data: { name, country, website },
  });
  it('names both files and the field', () => {
    expect(
      duplicateOrganisations([
        org('a', 'Stella', 'CA', 'https://chezstella.org/'),
        org('b', 'Stella, l’amie de Maimie', 'CA', 'http://www.chezstella.org'),
        org('c', 'stella', 'CA'),
      ]),
    ).toEqual([
      'content/organisations/b.yaml (website): "http://www.chezstella.org" is the website of content/organisations/a.yaml too ("https://chezstella.org/"): the same organisation entered twice? Keep one entry',
      'content/organisations/c.yaml (name+country): "stella" in CA is also content/organisations/a.yaml ("Stella"): the same organisation entered twice? Keep one entry',
    ]);
  });
  it('lets the same name stand in two countries, and entries without a website', () => {
    expect(
      duplicateOrganisations([org('a', 'Sisonke', 'ZA'), org('b', 'Sisonke', 'BW'), org('c', 'Other', 'ZA')]),
    ).toEqual([]);
  });
});
