import { describe, expect, it } from 'vitest';
import { localeForRoute, siteUrls } from '../../src/lib/locale-paths';
import { buildAddress, localeContext } from '../../src/i18n/context';

const root = { base: '/', origin: 'https://rights.example.org' };
const sub = { base: '/sub/', origin: 'http://127.0.0.1:4901' };

describe('localeForRoute', () => {
  it('takes the locale a [lang] route names', () => {
    expect(localeForRoute('ar')).toBe('ar');
    expect(localeForRoute('zh-hans')).toBe('zh-hans');
  });
  it('puts routes without a language in their URL (portal, 404, data, cite) in English', () => {
    expect(localeForRoute(undefined)).toBe('en');
  });
  it('rejects a code the site does not publish, and a tag cased differently from the code', () => {
    expect(() => localeForRoute('de')).toThrow(/Unknown locale "de"/);
    expect(() => localeForRoute('zh-Hans')).toThrow(/Unknown locale "zh-Hans"/);
  });
});

describe.each([
  ['/', root, ''],
  ['/sub/', sub, '/sub'],
] as const)('siteUrls with base %s', (_, address, prefix) => {
  const urls = siteUrls(address, 'es');
  it("builds the page's own locale's pages, with a trailing slash", () => {
    expect(urls.page()).toBe(`${prefix}/es/`);
    expect(urls.page('guides/police-encounters')).toBe(`${prefix}/es/guides/police-encounters/`);
    expect(urls.page('/organisations/')).toBe(`${prefix}/es/organisations/`);
  });
  it('builds another locale’s page when asked', () => {
    expect(urls.page('about', 'ar')).toBe(`${prefix}/ar/about/`);
    expect(urls.page('', 'zh-hans')).toBe(`${prefix}/zh-hans/`);
  });
  it('keeps files without a trailing slash, in a locale or outside', () => {
    expect(urls.page('rss.xml')).toBe(`${prefix}/es/rss.xml`);
    expect(urls.site('data/organisations.json')).toBe(`${prefix}/data/organisations.json`);
    expect(urls.site('en/briefs/removing-penalties.pdf')).toBe(`${prefix}/en/briefs/removing-penalties.pdf`);
  });
  it('builds the base itself and directories outside the locales', () => {
    expect(urls.site()).toBe(`${prefix}/`);
    expect(urls.site('pagefind')).toBe(`${prefix}/pagefind/`);
  });
  it('makes absolute public addresses on the origin', () => {
    expect(urls.absolute(urls.page('findings/overview'))).toBe(`${address.origin}${prefix}/es/findings/overview/`);
    expect(urls.absolute(urls.site())).toBe(`${address.origin}${prefix}/`);
  });
});

describe('localeContext', () => {
  it('gives the locale record, a translator in that language and URLs in that locale', () => {
    const ar = localeContext('ar', sub);
    expect(ar.lang).toBe('ar');
    expect(ar.locale).toMatchObject({ code: 'ar', lang: 'ar', dir: 'rtl', endonym: 'العربية' });
    expect(ar.t('site.name')).not.toBe(localeContext('en', sub).t('site.name'));
    expect(ar.urls.page('search')).toBe('/sub/ar/search/');
  });
  it('keeps the BCP-47 tag apart from the URL code', () => {
    const zh = localeContext('zh-hans', root);
    expect(zh.locale.lang).toBe('zh-Hans');
    expect(zh.urls.page()).toBe('/zh-hans/');
  });
  it("uses this build's base and origin by default", () => {
    expect(localeContext('en').urls.site()).toBe(buildAddress.base);
    expect(localeContext('en').urls.absolute('/')).toBe(`${buildAddress.origin}/`);
  });
});
