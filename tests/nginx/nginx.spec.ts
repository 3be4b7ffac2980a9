/**
 * The build behind a real nginx, configured as the README tells users to: every response (pages, assets,
 * search files, PDFs, data, the 404 page) carries every security header once; the 404 page comes with status
 * 404; search works; and a sample of every kind of page loads with no CSP violation and no console error.
 */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { securityHeaders } from '../../src/integrations/headers';
import { DIST, builtInlineHashes } from '../site';

const expected = securityHeaders({ hsts: true, inline: builtInlineHashes() });
const js = (readdirSync(`${DIST}/_astro`) as string[]).find((f) => f.endsWith('.js'))!;

const paths = [
  '/',
  '/en/',
  '/en/guides/police-encounters/',
  '/ar/search/',
  `/_astro/${js}`,
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-entry.json',
  '/en/briefs/removing-penalties.pdf',
  '/data/organisations.json',
  '/.well-known/security.txt',
  '/no-such-page/',
];

test('nginx sends every security header, once, on pages, assets, search files, PDFs, data and the 404', async ({
  request,
}) => {
  for (const path of paths) {
    const response = await request.get(path);
    const all = response.headersArray();
    for (const [name, value] of expected) {
      const sent = all.filter((h) => h.name.toLowerCase() === name.toLowerCase()).map((h) => h.value);
      expect(sent, `${path}: ${name}`).toEqual([value]);
    }
  }
});

test('a missing page is the site’s 404 page, with status 404', async ({ request }) => {
  const response = await request.get('/en/no-such-guide/');
  expect(response.status()).toBe(404);
  expect(await response.text()).toMatch(/<html[^>]+lang=/);
});

test('search works behind nginx (WebAssembly allowed by the header on the search page)', async ({ page }) => {
  await page.goto('/en/search/');
  await page.getByRole('searchbox').fill('police');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
});

const sample = [
  '/',
  '/en/',
  '/en/guides/',
  '/en/guides/police-encounters/',
  '/ar/guides/migrant-sex-workers/',
  '/th/guides/health-care/',
  '/en/findings/',
  '/en/findings/canada/',
  '/en/findings/key-facts/',
  '/es/findings/overview/',
  '/en/organisations/',
  '/en/organisations/map/',
  '/en/organisations/sweat/',
  '/en/organisations/country/za/',
  '/en/briefs/',
  '/fr/briefs/removing-penalties/',
  '/en/press/',
  '/en/translations/',
  '/en/safety/',
  '/zh-hans/privacy/',
  '/en/search/',
  '/en/no-such-page/',
];

test('a sample crawl of every kind of page has no CSP violation and no console error', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/404 \(Not Found\)/.test(m.text())) errors.push(`${page.url()}: ${m.text()}`);
  });
  for (const path of sample) {
    await page.goto(path);
    if (path === '/en/search/') {
      await page.getByRole('searchbox').fill('raids');
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    }
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    expect(violations, path).toEqual([]);
  }
  expect(errors).toEqual([]);
});
