import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { builtHtml, builtPages } from '../site';

/** The longest word of a page's <h1>, to search for in that page's language. */
function titleWord(path: string): string {
  const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(builtHtml(path))?.[1] ?? '';
  return h1.split(/[\s:·,.–-]+/).sort((a, b) => b.length - a.length)[0]!;
}

async function search(page: Page, lang: string, query: string, section = '') {
  await page.goto(`/${lang}/search/`);
  await page.getByRole('searchbox').fill(query);
  if (section) await page.getByRole('combobox').selectOption(section);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
}

test('an English search returns a result', async ({ page }) => {
  await search(page, 'en', 'police');
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', /^\/en\//);
  await expect(page.locator('[data-search-status]')).toContainText(/\d+ results?/);
});

test('a first search fetches five results, and "More results" the next five, from the keyboard', async ({ page }) => {
  const fragments: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
  });
  await search(page, 'en', 'police');
  const items = page.locator('[data-search-results] > li');
  await expect(items).toHaveCount(5);
  expect(fragments, 'one fragment per result shown').toHaveLength(5);
  const total = Number(/\d+/.exec((await page.locator('[data-search-status]').textContent()) ?? '')![0]);
  expect(total, 'enough matches to need more').toBeGreaterThan(10);
  const more = page.getByRole('button', { name: 'More results' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(10);
  expect(fragments).toHaveLength(10);
  await expect(items.nth(5).locator('a'), 'the keyboard lands on the first new result').toBeFocused();
});

test('"More results" is not offered when every match is shown', async ({ page }) => {
  await search(page, 'en', orgName('maggies-toronto'));
  const count = await page.locator('[data-search-results] > li').count();
  expect(count).toBeLessThanOrEqual(5);
  await expect(page.getByRole('button', { name: 'More results' })).toBeHidden();
});

test('an Arabic search returns an Arabic result', async ({ page }) => {
  const word = titleWord('/ar/guides/police-encounters/');
  await search(page, 'ar', word);
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', /^\/ar\//);
});

/** An HTML entity left undecoded, which a reader must never see in a result. */
const ENTITY = /&amp;|&#39;|&#x27;/i;

/** A directory organisation's real name, as its content file gives it. */
const orgName = (id: string) =>
  (parseYaml(readFileSync(`content/organisations/${id}.yaml`, 'utf8')) as { name: string }).name;

test('a result shows a real apostrophe in its title and excerpt, and keeps the match highlighted', async ({ page }) => {
  const name = orgName('maggies-toronto');
  expect(name).toContain("'");
  await search(page, 'en', name);
  const result = page.locator('[data-search-results] li').filter({ has: page.getByRole('link', { name }) });
  await expect(result.getByRole('link')).toHaveText(name);
  await expect(result.locator('p')).toContainText(name);
  await expect(result.locator('p mark').first()).toHaveText(name.split(' ')[0]!);
  expect(await page.locator('[data-search-results]').textContent()).not.toMatch(ENTITY);
});

test('a result shows a real & in its excerpt, and keeps the matches highlighted', async ({ page }) => {
  // No page's title has an "&" (checked here), so the "&" is that of a source's title cited on the Canada page.
  for (const path of builtPages()) {
    expect(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(builtHtml(path))?.[1] ?? '', path).not.toMatch(/&amp;|&#0*38;|&#x0*26;/i);
  }
  const source = (
    parseYaml(readFileSync('content/findings/en/canada.mdx', 'utf8').split(/^---$/m)[1]!) as {
      sources: { title: string }[];
    }
  ).sources.find((s) => s.title.includes(' & '))!.title;
  await search(page, 'en', 'Equality Human Rights');
  const result = page.locator('[data-search-results] li').filter({ hasText: source });
  await expect(result.getByRole('link')).toHaveText('Canada');
  await expect(result.locator('p')).toContainText(source);
  expect(await result.locator('p mark').allTextContents()).toEqual(
    expect.arrayContaining(['Equality', 'Human', 'Rights']),
  );
  expect(await page.locator('[data-search-results]').textContent()).not.toMatch(ENTITY);
});

test('results are built of links, text and highlights only', async ({ page }) => {
  const name = orgName('stella');
  await search(page, 'fr', name);
  await expect(page.locator('[data-search-results]').getByRole('link', { name })).toBeVisible();
  const tags = await page
    .locator('[data-search-results] li *')
    .evaluateAll((els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))].sort());
  expect(tags).toEqual(['a', 'mark', 'p']);
  expect(await page.locator('[data-search-results]').textContent()).not.toMatch(ENTITY);
});

test('the section filter keeps only that section', async ({ page }) => {
  await search(page, 'en', 'sex', 'organisations');
  const hrefs = () =>
    page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await expect.poll(async () => (await hrefs()).length).toBeGreaterThan(0);
  await expect.poll(async () => (await hrefs()).filter((h) => !h!.startsWith('/en/organisations/'))).toEqual([]);
});

test('typing and choosing never write the query into the address or history', async ({ page }) => {
  await page.goto('/en/search/');
  const before = await page.evaluate(() => history.length);
  await page.getByRole('searchbox').pressSequentially('police raid');
  await page.getByRole('combobox').selectOption('guides');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  expect(await page.evaluate(() => [location.search, location.hash, history.length])).toEqual(['', '', before]);
});

test('a shared link is read, then stripped from the address; sharing copies a link only when asked', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/search/?q=raids&section=guides');
  await expect(page.getByRole('searchbox')).toHaveValue('raids');
  await expect(page.getByRole('combobox')).toHaveValue('guides');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  expect(await page.evaluate(() => location.search)).toBe('');
  await page.getByRole('button', { name: 'Copy link to these results' }).click();
  await expect(page.locator('[data-share-status]')).toHaveText(/Link copied/);
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.pathname).toBe('/en/search/');
  expect(Object.fromEntries(copied.searchParams)).toEqual({ q: 'raids', section: 'guides' });
  expect(await page.evaluate(() => location.search)).toBe('');
});

test('no page but the search page loads search code', () => {
  for (const path of builtPages()) {
    if (/^\/[^/]+\/search\/$/.test(path)) continue;
    expect(builtHtml(path), path).not.toMatch(/<script[^>]+src="[^"]*(pagefind|search)[^"]*"/);
  }
});

test('without JavaScript the search page lists every page of its language, grouped by section, and hides the box', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto('/ar/search/');
  await expect(page.locator('form[role="search"]')).toBeHidden();
  await expect(page.locator('[data-search-fallback]')).toBeVisible();
  for (const section of ['guides', 'findings', 'organisations', 'briefs']) {
    await expect(page.locator(`#browse-${section} + ul a[href^="/ar/${section}/"]`).first()).toBeVisible();
  }
  await context.close();
});

test('when WebAssembly is blocked, the box stays hidden and the list stays', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'WebAssembly', { value: undefined }));
  await page.goto('/en/search/');
  await expect(page.locator('[data-search-fallback]')).toBeVisible();
  await expect(page.locator('form[role="search"]')).toBeHidden();
});
