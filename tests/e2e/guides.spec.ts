import { expect, test } from '@playwright/test';
import { readdirSync, existsSync } from 'node:fs';
import { locales, localeCodes } from '../../src/i18n/locales';
import { readEntry } from '../content';
import { bodyHash } from '../../src/lib/translation';
import { plainText } from '../../scripts/lib/readability';
import { builtHtml } from '../site';

const slugs = readdirSync('content/guides/en').map((f) => f.replace(/\.mdx$/, ''));
const read = (lang: string, slug: string) => readEntry('guides', lang, slug);

test('there are at least nine guides, each in all nine languages, current or reported outdated', async ({ page }) => {
  expect(slugs.length).toBeGreaterThanOrEqual(9);
  await page.goto('/en/translations/');
  for (const slug of slugs) {
    const english = bodyHash(read('en', slug).body);
    for (const lang of localeCodes.filter((l) => l !== 'en')) {
      expect(existsSync(`content/guides/${lang}/${slug}.mdx`), `${lang}/${slug}`).toBe(true);
      const source = (read(lang, slug).data.translation as { source: string }).source;
      const state = source === english ? 'current' : 'outdated';
      await expect(
        page.locator(`[data-translation-table="guides"] td[data-lang="${lang}"][data-slug="${slug}"]`),
      ).toHaveAttribute('data-state', state);
    }
  }
});

test('an unreviewed translation says so, in the reader’s language', async ({ page }) => {
  for (const lang of ['es', 'ar', 'zh-hans']) {
    const status = (read(lang, 'police-encounters').data.translation as { status: string }).status;
    await page.goto(`/${lang}/guides/police-encounters/`);
    const notice = page.locator('[data-translation-notice]');
    if (status === 'reviewed') await expect(notice).toHaveCount(0);
    else await expect(notice).toHaveAttribute('data-translation-notice', status);
  }
});

test('a guide opens with at most five key points, then says what it is and links to help', async ({ page }) => {
  await page.goto('/fr/guides/workplace-raids/');
  // After the title (and the hidden "Listen" control, shown only with a local voice, and its script), the key points.
  const first = page.locator('main > :not(p[data-translation-notice], [data-listen], script)').nth(1);
  await expect(first).toHaveAttribute('data-key-points', '');
  const points = await page.locator('[data-key-points] li').count();
  expect(points).toBeGreaterThan(0);
  expect(points).toBeLessThanOrEqual(5);
  await expect(page.locator('[data-find-help] a[href="/fr/organisations/region/africa/"]')).toBeVisible();
  await expect(page.locator('main a[href="/fr/safety/"]')).toBeVisible();
  await expect(page.locator('main aside')).toContainText('2026');
});

test('the Arabic guide is right-to-left with a mirrored layout', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/ar/guides/police-encounters/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('main')).toHaveAttribute('dir', 'rtl');
  const list = page.locator('[data-key-points] ul');
  const padding = await list.evaluate((el) => [getComputedStyle(el).paddingRight, getComputedStyle(el).paddingLeft]);
  expect(parseFloat(padding[0]!)).toBeGreaterThan(0);
  expect(parseFloat(padding[1]!)).toBe(0);
  const h1 = (await page.locator('h1').boundingBox())!;
  const main = (await page.locator('main').boundingBox())!;
  const range = await page.locator('h1').evaluate((el) => {
    const r = document.createRange();
    r.selectNodeContents(el);
    return r.getBoundingClientRect();
  });
  expect(Math.abs(range.right - (h1.x + h1.width))).toBeLessThan(2);
  expect(range.right).toBeGreaterThan(main.x + main.width / 2);
});

for (const locale of locales) {
  test(`search in ${locale.code} finds a guide by a word from its translated body`, async ({ page }) => {
    const body = plainText(read(locale.code, 'health-care').body);
    const word = body
      .split(/[\s.,;:!?()«»"“”'’—–-]+/)
      .filter((w) => w.length >= 4 && w.length <= 12 && !/\d/.test(w))
      .sort((a, b) => b.length - a.length)[0]!;
    await page.goto(`/${locale.code}/search/?q=${encodeURIComponent(word)}&section=guides`);
    const result = page.locator('[data-search-results] a').first();
    await expect(result, `search for "${word}"`).toHaveAttribute('href', new RegExp(`^/${locale.code}/guides/`));
  });
}

test('printed, a guide hides navigation, puts the key points alone on page one and writes out links', async ({
  page,
}) => {
  await page.goto('/en/guides/if-you-are-arrested/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header')).toBeHidden();
  expect(await page.locator('[data-key-points]').evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
  const after = await page
    .locator('main a[href="/en/safety/"]')
    .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain('/en/safety/');
});

test('guide pages are built for every language', () => {
  for (const lang of localeCodes)
    for (const slug of slugs) expect(builtHtml(`/${lang}/guides/${slug}/`)).toContain('data-key-points');
});
