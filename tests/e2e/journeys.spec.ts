/**
 * Five readers' journeys, clicked from the language portal on a phone, each to the goal the reader came for.
 * A dead end or a contradiction on the way fails the journey.
 */
import { expect, test, type Page } from '@playwright/test';

const phone = { width: 360, height: 740 };

/** Clicks the first visible link to `href` (menus and lists may hold the same link twice). */
async function follow(page: Page, href: string | RegExp) {
  if (typeof href === 'string') {
    await page.locator(`a[href="${href}"]:visible`).first().click();
    return;
  }
  for (const a of await page.locator('a:visible').all()) {
    if (href.test((await a.getAttribute('href')) ?? '')) {
      await a.click();
      return;
    }
  }
  throw new Error(`no visible link matching ${href} on ${page.url()}`);
}

test('a Spanish-speaking migrant in Canada, JavaScript off, finds the rule that applies and a way to reach help', async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: phone,
    baseURL: test.info().project.use.baseURL,
  });
  const page = await context.newPage();
  await page.goto('/');
  await follow(page, '/es/');
  await follow(page, '/es/guides/');
  await follow(page, '/es/guides/migrant-sex-workers/');
  await expect(page.locator('main')).toContainText('Canadá');
  await expect(page.locator('main')).toContainText('183');
  // From the guide's end to the directory, then to Canada, without a script.
  await follow(page, '/es/organisations/');
  await follow(page, '/es/organisations/country/ca/');
  await expect(page.locator('h1')).toContainText('Canadá');
  await follow(page, /^\/es\/organisations\/[a-z-]+\/$/);
  // A way to reach them: a published contact or the organisation's own website.
  const reach = page.locator('[data-contacts] a, dl a[rel="noreferrer"]');
  expect(await reach.count()).toBeGreaterThan(0);
  await expect(reach.first()).toHaveAttribute('href', /^(https:|tel:|sms:|mailto:)/);
  await context.close();
});

test('a Thai reader reaches a guide in Thai and an organisation in Thailand, described in Thai', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/');
  await follow(page, '/th/');
  await follow(page, '/th/guides/');
  await follow(page, '/th/guides/health-care/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await expect(page.locator('main h1')).not.toHaveAttribute('lang', 'en');
  await follow(page, '/th/organisations/region/asia-pacific/');
  await follow(page, '/th/organisations/empower/');
  await expect(page.locator('[data-org-summary] span').first()).toHaveAttribute('lang', 'th');
  await expect(page.locator('dl a[rel="noreferrer"]').first()).toHaveAttribute('href', /^https:/);
});

test('an English-speaking journalist gets a pasteable citation that ends in the finding’s permalink', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await follow(page, '/en/');
  await follow(page, '/en/findings/');
  await follow(page, '/en/findings/raid-and-rescue/');
  const finding = page.locator('[data-finding]').first();
  const id = await finding.getAttribute('data-finding');
  await finding.locator('summary').click();
  const apa = finding.locator('[data-cite-apa]');
  await expect(apa).toBeVisible();
  await expect(apa).toContainText(new RegExp(`/en/findings/raid-and-rescue/#finding-${id}$`));
  // The press page is one click away from any page, and explains the dates.
  await follow(page, '/en/press/');
  await expect(page.locator('[data-study-dates]')).toContainText('2017');
  await expect(page.locator('[data-study-dates]')).toContainText('2018');
});

test('a French policymaker downloads a brief as a French PDF', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/');
  await follow(page, '/fr/');
  await follow(page, '/fr/briefs/');
  await follow(page, '/fr/briefs/removing-penalties/');
  await expect(page.locator('[data-recommendations] [data-basis]').first()).toBeVisible();
  const link = page.locator('a[data-pdf-link]');
  await expect(link).toContainText(/français/i);
  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
});

test('an Arabic reader finds a helpline they can call from the end of a guide', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/');
  await follow(page, '/ar/');
  await follow(page, '/ar/guides/');
  await follow(page, '/ar/guides/violence-and-support/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const help = page.locator('[data-where-help]');
  await help.scrollIntoViewIfNeeded();
  const call = help.locator('[data-helpline] a[href^="tel:"]').first();
  await expect(call).toBeVisible();
  await expect(call).toHaveAttribute('href', 'tel:0800606060');
});
