/**
 * Nothing leaves the reader's device. Every kind of page in every language (tests/site.ts: pageKinds), with
 * JavaScript on and off, after a search and after the exit; what parsing can check (no reference to another
 * host, the CSP) tests/e2e/dist.spec.ts checks on every built page: no request to another host (seen by the browser, by CSP violation events and at our own server),
 * no cookie, nothing stored, no console error, no CSP violation.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { serve } from '../../src/integrations/serve';
import { site } from '../../src/site.config';
import { DIST, pageKinds } from '../site';

test.describe.configure({ mode: 'parallel' });

interface Watch {
  foreign: string[];
  errors: string[];
  served: string[];
}

let server: Server;
let origin: string;
const served: string[] = [];

test.beforeAll(async () => {
  server = await serve({ root: DIST, base: '/', port: 0, onRequest: (url) => served.push(url) });
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** A fresh context that records every request to another host and every error, and answers the exit page. */
async function watched(
  browser: import('@playwright/test').Browser,
  javaScriptEnabled: boolean,
): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
  const context = await browser.newContext({ javaScriptEnabled, serviceWorkers: 'block' });
  const watch: Watch = { foreign: [], errors: [], served };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    if (url.startsWith(site.exitUrl)) return route.fulfill({ contentType: 'text/html', body: 'neutral' });
    watch.foreign.push(url);
    return route.abort();
  });
  context.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith(site.exitUrl) && !r.url().startsWith('data:')) {
      watch.foreign.push(r.url());
    }
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  return { context, page, watch };
}

/** Everything a page could have left behind in the browser. */
async function stored(page: Page, context: BrowserContext) {
  const inPage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    cookie: document.cookie,
  }));
  return { ...inPage, cookies: (await context.cookies()).length };
}
const NOTHING = { local: 0, session: 0, indexedDB: 0, caches: 0, cookie: '', cookies: 0 };

const pages = pageKinds();
const CHUNKS = 4;
for (const javaScriptEnabled of [true, false]) {
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    const slice = pages.filter((_, i) => i % CHUNKS === chunk);
    test(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}, pages ${chunk + 1}/${CHUNKS}: nothing leaves, nothing stays`, async ({
      browser,
    }) => {
      test.setTimeout(180_000);
      const { context, page, watch } = await watched(browser, javaScriptEnabled);
      for (const path of slice) await page.goto(`${origin}${path}`);
      expect(watch.foreign).toEqual([]);
      expect(watch.errors).toEqual([]);
      await page.goto(`${origin}/en/`);
      if (javaScriptEnabled) expect(await stored(page, context)).toEqual(NOTHING);
      else expect((await context.cookies()).length).toBe(0);
      await context.close();
    });
  }
}

test('after a search and after the exit: nothing left, nothing sent elsewhere', async ({ browser }) => {
  const { context, page, watch } = await watched(browser, true);
  await page.goto(`${origin}/ar/search/`);
  await page.getByRole('searchbox').fill('SWEAT');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.goto(`${origin}/en/search/?q=police`);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  expect(await stored(page, context)).toEqual(NOTHING);
  await page.waitForLoadState('networkidle');
  const before = served.length;
  await page.locator('a[data-quick-exit]').click();
  await expect(page).toHaveURL(site.exitUrl);
  expect(served.length).toBe(before);
  expect(watch.foreign).toEqual([]);
  expect(watch.errors).toEqual([]);
  await context.close();
});

test('every page sends the security headers a static host will send, and the page’s own policy governs scripts', async ({
  request,
}) => {
  for (const path of ['/', '/en/', '/ar/guides/police-encounters/', '/en/search/']) {
    const response = await request.get(`${origin}${path}`);
    const h = response.headers();
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['cross-origin-opener-policy']).toBe('same-origin');
    expect(h['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\).*interest-cohort=\(\)/);
    const csp = h['content-security-policy']!;
    expect(csp.split(',')).toHaveLength(1);
    for (const d of ["frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'", "object-src 'none'"])
      expect(csp).toContain(d);
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    const meta = /http-equiv="content-security-policy" content="([^"]+)"/.exec(await response.text())![1]!;
    expect(meta).toContain("default-src 'self'");
    expect(meta.includes('wasm-unsafe-eval')).toBe(path === '/en/search/');
  }
});
