import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { readFileSync } from 'node:fs';
import { builtHtml } from '../site';

for (const locale of locales) {
  test(`home in ${locale.code} has lang="${locale.lang}" and dir="${locale.dir}"`, async ({ page }) => {
    await page.goto(`/${locale.code}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
    await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
    await expect(page.locator('main')).toHaveAttribute('dir', locale.dir);
  });
}

test('the portal lists every language by its own name, with no redirect', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe('/');
  for (const locale of locales) {
    const link = page.locator(`[data-portal] a[href="/${locale.code}/"]`);
    await expect(link).toHaveText(locale.endonym);
  }
});

test('the portal shows the site’s name and purpose in every language', () => {
  const html = builtHtml('/');
  for (const locale of locales) {
    const item = html.slice(html.indexOf(`href="/${locale.code}/"`));
    const ui = JSON.parse(readFileSync(`src/i18n/ui/${locale.code}.json`, 'utf8')) as Record<string, string>;
    const name = ui['site.name']!.replace(/'/g, '&#39;');
    const purpose = ui['portal.intro']!.replace(/'/g, '&#39;');
    expect(item.slice(0, 600), locale.code).toContain(name);
    expect(item.slice(0, 900), locale.code).toContain(purpose);
  }
});

test('the language menu is recognisable without reading the current language', async ({ page }) => {
  await page.goto('/th/guides/police-encounters/');
  const menu = page.locator('summary[data-language-menu]');
  await expect(menu.locator('svg[aria-hidden="true"]')).toHaveCount(1);
  await expect(menu).toContainText('(Language)');
  await menu.click();
  await expect(page.locator('a[hreflang="en"]')).toBeVisible();
});

test('section indexes say which entries are in the reader’s language, and mark the others', () => {
  const th = builtHtml('/th/findings/');
  expect(th).toMatch(/data-fallback-count/);
  expect(th.match(/data-in-english/g)!.length).toBeGreaterThan(10);
  const es = builtHtml('/es/briefs/');
  expect(es).not.toMatch(/data-in-english/);
  expect(builtHtml('/th/briefs/')).toMatch(/\(ภาษาอังกฤษ\)/);
});

test('machine-translation notices stay out of the search index', () => {
  const html = builtHtml('/es/guides/police-encounters/');
  expect(html).toMatch(/data-translation-notice="machine" data-pagefind-ignore="all"/);
});

test('the language switcher reaches the same page in another language', async ({ page }) => {
  await page.goto('/en/guides/police-encounters/');
  await page.getByText('Language', { exact: true }).click();
  await page.locator('a[hreflang="es"]').click();
  await expect(page).toHaveURL(/\/es\/guides\/police-encounters\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('the switcher marks which languages have a real translation', async ({ page }) => {
  await page.goto('/en/findings/overview/');
  await expect(page.locator('nav a[hreflang="en"]')).toHaveAttribute('data-translated', 'yes');
  await expect(page.locator('nav a[hreflang="th"]')).toHaveAttribute('data-translated', 'no');
});

test('a page not yet translated shows a notice in the reader’s language and an English body', async ({ page }) => {
  await page.goto('/th/findings/overview/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  const main = page.locator('main');
  await expect(main).toHaveAttribute('lang', 'en');
  await expect(main).toHaveAttribute('dir', 'ltr');
  const notice = page.locator('[data-fallback-notice]');
  await expect(notice).toHaveAttribute('lang', 'th');
  await expect(notice).toContainText('ไทย');
  await expect(main).not.toHaveAttribute('data-pagefind-body');
});

test('a right-to-left fallback page keeps the chrome right-to-left and the English body left-to-right', async ({
  page,
}) => {
  await page.goto('/ar/findings/overview/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('main')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('[data-fallback-notice]')).toHaveAttribute('dir', 'rtl');
});

test('an unknown page answers 404 with links to every language', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  for (const locale of locales) await expect(page.locator(`main a[href="/${locale.code}/"]`)).toHaveCount(1);
});

test('the sitemap index lists the pages of every language', async ({ request }) => {
  const index = await request.get('/sitemap-index.xml');
  expect(index.status()).toBe(200);
  const first = /<loc>([^<]+)<\/loc>/.exec(await index.text())![1]!;
  const sitemap = await (await request.get(new URL(first).pathname)).text();
  for (const locale of locales) expect(sitemap).toContain(`/${locale.code}/guides/`);
});
