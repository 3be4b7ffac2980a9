/** The same site built under /sub/: links, assets and search must all stay under the base path. */
import { expect, test } from '@playwright/test';

test('pages, links and assets stay under the base path', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    const { pathname, host } = new URL(r.url());
    if (host.startsWith('127.0.0.1') && !pathname.startsWith('/sub/')) outside.push(pathname);
  });
  await page.goto('/sub/');
  await page.locator('a[href="/sub/en/"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('header nav a[href="/sub/en/guides/"]').click();
  await expect(page.locator('h1')).toBeVisible();
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.filter((h) => !h.startsWith('/sub/'))).toEqual([]);
  expect(outside).toEqual([]);
});

test('search works under the base path', async ({ page }) => {
  await page.goto('/sub/en/search/');
  await page.getByRole('searchbox').fill('police');
  const first = page.locator('[data-search-results] a').first();
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute('href', /^\/sub\/en\//);
  await first.click();
  await expect(page.locator('h1')).toBeVisible();
});
