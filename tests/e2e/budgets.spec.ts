/**
 * What a reader on a slow, metered connection pays, measured in the browser against the build under test:
 * a reading page in one request, and a first search from it within its budget. Bytes are those a static host
 * sends pre-compressed (brotli), read from the built files. Sizes in every page are checked by parsing
 * (dist.spec.ts); this checks what the browser actually fetches.
 */
import { expect, test, type Page } from '@playwright/test';
import { servedBytes } from '../../scripts/lib/weight';
import { DIST } from '../site';

/**
 * A first search from a guide: the search page, Pagefind and the first five results. Budget: 1.1 × what
 * Starlight's search dialog costs on the benchmark's generated content (114 KB, `npm run bench -- --generate`);
 * this site's real content is smaller, so it must stay well inside.
 */
const SEARCH_BUDGET = 125_000;

/** Same-origin requests the page makes from now on, as URL paths. */
function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    paths.push(url.pathname);
  });
  return paths;
}

for (const path of [
  '/en/guides/police-encounters/',
  '/ar/guides/migrant-sex-workers/',
  '/th/guides/health-care/',
  '/zh-hans/guides/digital-safety/',
  '/es/findings/overview/',
  '/en/findings/canada/',
  '/fr/organisations/ammar/',
]) {
  test(`${path} arrives in one request and works: styled, exit script running`, async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([path]);
    // Styled by the inline stylesheet, and the inline exit script ran (it reveals its Shift hint).
    await expect(page.locator('[data-exit-script-hint]')).toBeVisible();
    const linkUnderline = await page
      .locator('main a')
      .first()
      .evaluate((a) => getComputedStyle(a).textDecorationLine);
    expect(linkUnderline).toBe('underline');
  });
}

test(`a first search from a guide costs at most ${SEARCH_BUDGET / 1000} KB brotli`, async ({ page }) => {
  await page.goto('/en/guides/police-encounters/');
  await page.waitForLoadState('networkidle');
  const requests = recordRequests(page);
  await page.goto('/en/search/');
  await page.getByRole('searchbox').fill('police');
  await expect(page.locator('[data-search-results] > li')).toHaveCount(5);
  await page.waitForLoadState('networkidle');
  const bytes = requests.reduce((n, path) => n + servedBytes(DIST, path), 0);
  console.log(`first search: ${requests.length} requests, ${(bytes / 1000).toFixed(1)} KB brotli`);
  expect(requests.filter((p) => p.includes('/pagefind/fragment/'))).toHaveLength(5);
  expect(bytes).toBeLessThanOrEqual(SEARCH_BUDGET);
});
