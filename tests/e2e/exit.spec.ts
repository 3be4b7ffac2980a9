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

/** One page of every kind (route pattern or template), per language. */
const kinds = [
  '',
  'guides/',
  'guides/police-encounters/',
  'findings/',
  'findings/canada/',
  'findings/key-facts/',
  'organisations/',
  'organisations/sweat/',
  'organisations/country/za/',
  'organisations/region/africa/',
  'organisations/map/',
  'briefs/',
  'briefs/removing-penalties/',
  'search/',
  'press/',
  'translations/',
  'safety/',
  'privacy/',
  'about/',
];

for (const [name, viewport] of [
  ['320 px wide', { width: 320, height: 640 }],
  ['400% zoom', { width: 320, height: 256 }],
] as const) {
  for (const code of ['en', 'ar']) {
    test(`the exit has a bar of its own that covers no text or control, at ${name} (${code})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const path of ['/', ...kinds.map((k) => `/${code}/${k}`)]) {
        await page.goto(path);
        const exit = (await page.locator('a[data-quick-exit]').boundingBox())!;
        expect(exit.y, path).toBeLessThan(60); // at the top of the page
        // Right-to-left: the exit sits at the inline end, which is the left edge.
        if (code === 'ar' && path !== '/') expect(exit.x, path).toBeLessThan(viewport.width / 2);
        else expect(exit.x + exit.width, path).toBeGreaterThan(viewport.width / 2);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (const y of [0, Math.round(height / 2), height]) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          const overlaps = await page.evaluate(() => {
            const bar = document.querySelector('[data-exit-bar]')!.getBoundingClientRect();
            const hit = (r: DOMRect) =>
              r.width > 0 &&
              r.height > 0 &&
              r.left < bar.right &&
              r.right > bar.left &&
              r.top < bar.bottom &&
              r.bottom > bar.top;
            const selector =
              'a, button, input, select, textarea, label, summary, h1, h2, h3, h4, p, li, td, th, dt, dd';
            return [...document.querySelectorAll<HTMLElement>(selector)]
              .filter(
                (el) => !el.closest('[data-exit-bar]') && !el.closest('.sr-only') && !el.classList.contains('sr-only'),
              )
              .filter((el) => getComputedStyle(el).visibility !== 'hidden' && hit(el.getBoundingClientRect()))
              .map((el) => `${el.tagName} ${el.textContent?.trim().slice(0, 40)}`);
          });
          expect(overlaps, `${path} scrolled to ${y}`).toEqual([]);
        }
      }
    });
  }
}

test('without JavaScript nothing promises what only the script does', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto('/en/guides/police-encounters/');
  await expect(page.locator('[data-exit-script-hint]')).toBeHidden();
  await expect(page.locator('a[data-quick-exit]')).toHaveAttribute('aria-describedby', 'quick-exit-hint');
  await expect(page.locator('#quick-exit-hint')).not.toContainText(/Shift|Back/);
  await context.close();
});

test('with JavaScript the exit says Shift works and Back will not return', async ({ page }) => {
  await page.goto('/en/guides/police-encounters/');
  await expect(page.locator('[data-exit-script-hint]')).toBeVisible();
  await expect(page.locator('[data-exit-script-hint]')).toHaveText(
    'Or press Shift 3 times. Back will not bring this page back.',
  );
  await expect(page.locator('a[data-quick-exit]')).toHaveAttribute(
    'aria-describedby',
    'quick-exit-hint quick-exit-script-hint',
  );
});

test('Shift presses while an input method is composing never count', async ({ page }) => {
  await page.goto('/zh-hans/search/');
  await page.evaluate(() => {
    for (let i = 0; i < 4; i++) {
      for (const type of ['keydown', 'keyup']) {
        document.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', isComposing: true, bubbles: true }));
      }
    }
    for (let i = 0; i < 4; i++) {
      for (const type of ['keydown', 'keyup']) {
        document.dispatchEvent(new KeyboardEvent(type, { key: 'Process', bubbles: true }));
        document.dispatchEvent(
          new KeyboardEvent(type, { key: 'Shift', bubbles: true, keyCode: 229 } as KeyboardEventInit),
        );
      }
    }
  });
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/zh-hans\/search\//);
  expect(await page.evaluate(() => document.documentElement.hidden)).toBe(false);
  await expect(page.locator('[data-quick-exit-status]')).toHaveText('');
});

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

test('a page restored from the back/forward cache is restored whole: shown, titled, count and announcements reset', async ({
  page,
}) => {
  await page.goto('/en/');
  const title = await page.title();
  await page.keyboard.press('Shift');
  await expect(page.locator('[data-quick-exit-status]')).toHaveText('Press Shift 2 more times to leave.');
  const restored = await page.evaluate(() => {
    document.documentElement.hidden = true;
    document.title = '';
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    return {
      hidden: document.documentElement.hidden,
      title: document.title,
      status: document.querySelector('[data-quick-exit-status]')!.textContent,
    };
  });
  expect(restored).toEqual({ hidden: false, title, status: '' });
  await page.keyboard.press('Shift');
  await expect(page.locator('[data-quick-exit-status]')).toHaveText('Press Shift 2 more times to leave.');
});
