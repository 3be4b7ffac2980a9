import { expect, test, type Page } from '@playwright/test';
import { site } from '../../src/site.config';
import { locales } from '../../src/i18n/locales';

/** The neutral page, answered locally: the test network reaches no other host. */
async function fakeExitPage(page: Page, delayMs = 0) {
  await page.context().route(`${site.exitUrl}**`, async (route) => {
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    await route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title><p>Neutral page</p>' });
  });
}

/** Counts requests to our own server from now on. */
function countOwnRequests(page: Page) {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).hostname === '127.0.0.1') seen.push(r.url());
  });
  return seen;
}

for (const locale of locales) {
  test(`the exit is the first tab stop and labelled in ${locale.code}`, async ({ page }) => {
    await page.goto(`/${locale.code}/guides/police-encounters/`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-quick-exit', '');
    await expect(focused).toHaveAttribute('href', site.exitUrl);
    await expect(focused).toHaveAttribute('rel', /noreferrer/);
  });
}

for (const [name, viewport] of [
  ['320 px wide', { width: 320, height: 640 }],
  ['400% zoom', { width: 320, height: 256 }],
] as const) {
  for (const code of ['en', 'ar']) {
    test(`the exit is visible and never covered at ${name} (${code})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/${code}/guides/police-encounters/`);
      for (const scroll of [0, 400, 100_000]) {
        await page.evaluate((y) => window.scrollTo(0, y), scroll);
        const exit = page.locator('a[data-quick-exit]');
        const box = (await exit.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
        const onTop = await page.evaluate(
          ([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-quick-exit]') !== null,
          [box.x + box.width / 2, box.y + box.height / 2],
        );
        expect(onTop).toBe(true);
        // Right-to-left: the exit sits at the inline end, which is the left edge.
        if (code === 'ar') expect(box.x).toBeLessThan(viewport.width / 2);
        else expect(box.x + box.width).toBeGreaterThan(viewport.width / 2);
      }
    });
  }
}

test('without JavaScript the exit is a plain link that leaves', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await fakeExitPage(page);
  await page.goto('/en/');
  await page.locator('a[data-quick-exit]').click();
  await expect(page).toHaveURL(site.exitUrl);
  await context.close();
});

test('a click blanks the page at once, then leaves so Back does not return', async ({ page }) => {
  await fakeExitPage(page, 800);
  await page.goto('/en/');
  await page.goto('/en/guides/police-encounters/');
  await page.waitForLoadState('networkidle'); // the browser's own late favicon request is not ours to count
  const own = countOwnRequests(page);
  let blankedBeforeLeaving = false;
  await page.exposeFunction('reportBlank', (hidden: boolean) => (blankedBeforeLeaving ||= hidden));
  await page.evaluate(() => {
    const html = document.documentElement;
    const report = (window as unknown as { reportBlank: (h: boolean) => void }).reportBlank;
    new MutationObserver(() => report(html.hidden === true)).observe(html, {
      attributes: true,
      attributeFilter: ['hidden'],
    });
  });
  await page.locator('a[data-quick-exit]').click({ noWaitAfter: true });
  await expect(page).toHaveURL(site.exitUrl);
  expect(blankedBeforeLeaving).toBe(true);
  expect(own).toEqual([]);
  await page.goBack();
  await expect(page).not.toHaveURL(/police-encounters/);
});

test('Enter on the first tab stop leaves', async ({ page }) => {
  await fakeExitPage(page);
  await page.goto('/fr/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(site.exitUrl);
});

test('Shift pressed three times leaves, announcing the presses left', async ({ page }) => {
  await fakeExitPage(page, 300);
  await page.goto('/en/guides/police-encounters/');
  const status = page.locator('[data-quick-exit-status]');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Press Shift 2 more times to leave.');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Press Shift 1 more time to leave.');
  await page.waitForLoadState('networkidle');
  const own = countOwnRequests(page);
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(site.exitUrl);
  expect(own).toEqual([]);
});

test('capital letters typed in a text field never trigger the exit', async ({ page }) => {
  await page.goto('/en/search/');
  const box = page.getByRole('searchbox');
  await box.click();
  for (const key of ['KeyA', 'KeyB', 'KeyC', 'KeyD']) {
    await page.keyboard.down('Shift');
    await page.keyboard.press(key);
    await page.keyboard.up('Shift');
  }
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/en\/search\//);
  expect(await page.evaluate(() => document.documentElement.hidden)).toBe(false);
  await expect(box).toHaveValue('ABCD');
});

test('Shift presses spread over more than five seconds do not trigger the exit', async ({ page }) => {
  await page.clock.install();
  await page.goto('/en/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.clock.runFor(6000);
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/\/en\/$/);
});

test('a page restored from the back/forward cache is shown again, not blank', async ({ page }) => {
  await page.goto('/en/');
  const hidden = await page.evaluate(() => {
    document.documentElement.hidden = true;
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    return document.documentElement.hidden;
  });
  expect(hidden).toBe(false);
});
