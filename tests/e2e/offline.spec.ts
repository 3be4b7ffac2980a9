/**
 * "Keep these guides on this phone" (src/components/OfflineCopy.astro, public/offline-worker.js, removal in
 * src/scripts/quick-exit.ts): nothing is stored until the reader asks; once kept, a language's guides, its
 * guides index and its safety page open offline and nothing else does; "Remove from this phone", the quick
 * exit and the next visit after a cut-off removal leave no cache and no service worker behind.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { site } from '../../src/site.config';

// playwright.config.ts blocks service workers everywhere else.
test.use({ serviceWorkers: 'allow' });

/** Every service worker registration and every cache of the origin. */
const stored = (page: Page) =>
  page.evaluate(async () => ({
    registrations: (await navigator.serviceWorker.getRegistrations()).length,
    caches: await caches.keys(),
  }));
const NOTHING = { registrations: 0, caches: [] };

/** Presses Keep on a page that offers it and waits until the status says the copy is kept; returns its pages. */
async function keep(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const status = page.locator('[data-offline-status]');
  await expect(status).toHaveText((await status.getAttribute('data-not-kept'))!);
  await page.locator('[data-offline-keep]').click();
  await expect(status).toHaveText((await status.getAttribute('data-kept'))!);
  await expect(page.locator('[data-offline-remove]')).toBeVisible();
  await expect(page.locator('[data-offline-keep]')).toBeHidden();
  const urls = await page.locator('[data-offline]').getAttribute('data-offline-urls');
  return urls!.split(' ');
}

test('without opt-in, no page registers a worker or creates a cache', async ({ page }) => {
  for (const path of ['/en/guides/', '/en/guides/police-encounters/', '/en/safety/', '/ar/guides/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await stored(page), path).toEqual(NOTHING);
  }
  // The control is there, saying nothing is kept, on the guides index and the safety page only.
  const status = page.locator('[data-offline-status]');
  await expect(status).toHaveText((await status.getAttribute('data-not-kept'))!);
  await page.goto('/en/guides/police-encounters/');
  await expect(page.locator('[data-offline]')).toHaveCount(0);
});

test('the control passes axe before and after keeping (Arabic, right to left)', async ({ page }) => {
  const check = async () => {
    const { violations } = await new AxeBuilder({ page })
      .include('[data-offline]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  await page.goto('/ar/safety/');
  await expect(page.locator('[data-offline-keep]')).toBeVisible();
  await check();
  await keep(page, '/ar/safety/');
  await check();
});

test('without JavaScript the control is not shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  for (const path of ['/en/guides/', '/th/safety/']) {
    await page.goto(path);
    await expect(page.locator('[data-offline]')).toHaveCount(1);
    await expect(page.locator('[data-offline]')).toBeHidden();
  }
  await context.close();
});

for (const [lang, otherPage] of [
  ['en', '/en/findings/'],
  ['ar', '/ar/organisations/'],
] as const) {
  test(`once kept (${lang}), the guides, their index and the safety page open offline, and nothing else`, async ({
    page,
    context,
  }) => {
    const urls = await keep(page, `/${lang}/guides/`);
    expect(urls).toContain(`/${lang}/guides/`);
    expect(urls).toContain(`/${lang}/safety/`);
    expect(urls).toContain(`/${lang}/guides/police-encounters/`);
    expect(urls.filter((u) => /\/guides\/[^/]+\/$/.test(u)).length).toBeGreaterThanOrEqual(5);
    // The size was written at build time.
    await expect(page.locator('[data-offline-size]')).toHaveText(/\d/);
    expect((await stored(page)).caches.sort()).toEqual(['offline-consent', 'offline-pages']);

    await context.setOffline(true);
    for (const url of urls) {
      const response = await page.goto(url);
      expect(response?.fromServiceWorker(), url).toBe(true);
      await expect(page.locator('html'), url).toHaveAttribute('lang', lang);
      await expect(page.locator('h1'), url).not.toBeEmpty();
      expect((await page.locator('main').innerText()).length, url).toBeGreaterThan(200);
    }
    // Where it is offered, the page says on every visit that the copy is kept.
    const status = page.locator('[data-offline-status]');
    await expect(status).toHaveText((await status.getAttribute('data-kept'))!);
    // A page that was not kept does not open.
    const other = await page.goto(otherPage).catch(() => null);
    expect(other?.ok() ?? false, otherPage).toBe(false);
    await context.setOffline(false);
  });
}

test('"Remove from this phone" leaves no cache and no worker, and says so', async ({ page }) => {
  await keep(page, '/en/safety/');
  await page.locator('[data-offline-remove]').click();
  const status = page.locator('[data-offline-status]');
  await expect(status).toHaveText((await status.getAttribute('data-removed'))!);
  await expect(page.locator('[data-offline-keep]')).toBeVisible();
  expect(await stored(page)).toEqual(NOTHING);
  await page.reload();
  await expect(status).toHaveText((await status.getAttribute('data-not-kept'))!);
});

test('the quick exit blanks the page at once, removes the copy and leaves within half a second', async ({
  page,
  context,
}) => {
  await context.route('https://*.wikipedia.org/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title><p>Neutral page</p>' }),
  );
  await keep(page, '/th/guides/');
  let left = 0;
  page.on('request', (r) => {
    if (r.url().startsWith(site.exitUrl)) left ||= Date.now();
  });
  const pressed = Date.now();
  const blank = await page.evaluate(() => {
    document.querySelector<HTMLAnchorElement>('a[data-quick-exit]')!.click();
    return document.documentElement.hidden && document.title === '';
  });
  expect(blank).toBe(true);
  await page.waitForURL(site.exitUrl);
  expect(left - pressed).toBeLessThan(700); // the exit waits at most 450 ms for the removal
  const next = await context.newPage();
  await next.goto('/th/');
  expect(await stored(next)).toEqual(NOTHING);
});

test('the exit in a tab opened before the copy was kept elsewhere removes it too', async ({ page, context }) => {
  await context.route('https://*.wikipedia.org/**', (route) => route.fulfill({ contentType: 'text/html', body: 'x' }));
  const other = await context.newPage();
  await other.goto('/es/guides/police-encounters/');
  await keep(page, '/en/guides/');
  // Switching back to the other tab: it looks again at what is stored.
  await other.bringToFront();
  await other.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await other.locator('a[data-quick-exit]').click();
  await other.waitForURL(site.exitUrl);
  await page.goto('/en/');
  expect(await stored(page)).toEqual(NOTHING);
});

test('a removal cut off after its first step is finished on the next visit, before the copy is used', async ({
  page,
}) => {
  await keep(page, '/en/guides/');
  // What a removal cut off after deleting the marker leaves; and a planted copy of the page to visit next, so
  // that the test sees it if the worker answered from the cache without the marker.
  await page.evaluate(async () => {
    await caches.delete('offline-consent');
    const pages = await caches.open('offline-pages');
    await pages.put(
      '/en/safety/',
      new Response('<title>planted</title><h1>planted</h1>', { headers: { 'content-type': 'text/html' } }),
    );
  });
  await page.goto('/en/safety/');
  await expect(page.locator('h1')).not.toHaveText('planted');
  await expect.poll(() => stored(page)).toEqual(NOTHING);
  const status = page.locator('[data-offline-status]');
  await expect(status).toHaveText((await status.getAttribute('data-not-kept'))!);
});
