import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { builtHtml } from '../site';

const yamlFiles = readdirSync('content/organisations').filter((f) => /\.ya?ml$/.test(f));
const yamls = yamlFiles.map((f) => ({
  id: f.replace(/\.ya?ml$/, ''),
  data: parseYaml(readFileSync(`content/organisations/${f}`, 'utf8'), { schema: 'core' }),
}));
const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

test('with JavaScript, filters narrow the list at once and count it, leaving address and history alone', async ({
  page,
}) => {
  await page.goto('/en/organisations/');
  const historyBefore = await page.evaluate(() => history.length);
  const visible = page.locator('[data-org]:visible');
  const total = await visible.count();
  expect(total).toBe(yamls.length);
  await page.getByLabel('Service').selectOption('crisis-line');
  const expected = yamls.filter((o) => o.data.services.includes('crisis-line')).length;
  await expect(visible).toHaveCount(expected);
  await expect(page.locator('[data-directory-count]')).toHaveText(
    `${expected} organisation${expected === 1 ? '' : 's'}`,
  );
  await page.getByLabel('Region').selectOption('africa');
  for (const country of await visible.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.country))) {
    expect(['ZA', 'KE']).toContain(country);
  }
  expect(await page.evaluate(() => [location.search, history.length])).toEqual(['', historyBefore]);
});

test('a shared filtered link opens filtered, in another language too', async ({ page }) => {
  await page.goto('/ar/organisations/?country=CA&language=fr');
  await expect(page.getByLabel(/.+/).first()).toBeVisible();
  const expected = yamls.filter(
    (o) => o.data.country === 'CA' && o.data.languages.some((l: string) => l === 'fr' || l.startsWith('fr-')),
  );
  await expect(page.locator('[data-org]:visible')).toHaveCount(expected.length);
  expect(expected.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => location.search)).toBe('');
});

test('"Copy link to these results" puts the filters on the clipboard only when pressed', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/organisations/');
  await expect(page.locator('[data-share]')).toBeHidden();
  await page.getByLabel('Country', { exact: true }).selectOption('CA');
  await page.getByRole('button', { name: 'Copy link to these results' }).click();
  await expect(page.locator('[data-share-status]')).toHaveText(/Link copied/);
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.pathname).toBe('/en/organisations/');
  expect(Object.fromEntries(copied.searchParams)).toEqual({ country: 'CA' });
  expect(await page.evaluate(() => location.search)).toBe('');
});

test('without JavaScript, the full list and per-country pages filter by country', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto('/es/organisations/');
  await expect(page.locator('[data-directory-filters]')).toBeHidden();
  await expect(page.locator('[data-org]')).toHaveCount(yamls.length);
  await page.locator('[data-facet-nav] a[href="/es/organisations/country/za/"]').click();
  const southAfrica = yamls.filter((o) => o.data.country === 'ZA').length;
  await expect(page.locator('[data-org]')).toHaveCount(southAfrica);
  await expect(page.locator('h1')).toContainText('Sudáfrica');
  await context.close();
});

test('without JavaScript, per-language pages filter by the language an organisation serves', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto('/es/organisations/');
  await page.locator('[data-facet-nav] a[href="/es/organisations/language/fr/"]').click();
  const french = yamls.filter((o) => o.data.languages.some((l: string) => l === 'fr' || l.startsWith('fr-')));
  expect(french.length).toBeGreaterThan(0);
  await expect(page.locator('[data-org]')).toHaveCount(french.length);
  await expect(page.locator('h1')).toContainText('francés');
  await context.close();
});

test('list entries show at a glance the languages served and the ways to reach each organisation', () => {
  const html = builtHtml('/en/organisations/');
  const sweat = html.slice(html.indexOf('href="/en/organisations/sweat/"'));
  const entry = sweat.slice(0, sweat.indexOf('</li>', sweat.indexOf('data-contacts')) + 5);
  expect(entry).toMatch(/data-org-languages>[\s\S]*English/);
  expect(entry).toMatch(/href="tel:0800606060"/);
});

test('with JavaScript the link lists are not repeated under the live filters; on a phone a choice brings the results into view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/en/organisations/');
  await expect(page.locator('[data-facet-nav]').first()).toBeHidden();
  await page.getByLabel('Service').selectOption('crisis-line');
  const count = page.locator('[data-directory-count]');
  await expect(count).toBeFocused();
  const box = (await count.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(640 / 2);
  await expect(page.locator('[data-org]:visible').first()).toBeInViewport();
});

test('the map needs no script and links each shaded country to its page, with a table alternative', () => {
  const html = builtHtml('/en/organisations/map/');
  const countries = new Set(yamls.map((o) => String(o.data.country)));
  for (const cc of countries) expect(html).toContain(`href="/en/organisations/country/${cc.toLowerCase()}/"`);
  expect(html).toMatch(/<svg[^>]*viewBox/);
  expect(html).toContain('<table');
  expect(html).not.toMatch(/<script[^>]*src="[^"]*(map|leaflet|tile)/i);
});

test('an organisation page shows every fact, its sources, the date checked and a noreferrer website', async ({
  page,
}) => {
  await page.goto('/en/organisations/sweat/');
  await expect(page.locator('h1')).toHaveText(yamls.find((o) => o.id === 'sweat')!.data.name);
  await expect(page.locator('dl')).toContainText('South Africa');
  await expect(page.locator('dl')).toContainText('Crisis line');
  await expect(page.locator('[data-last-checked]')).toContainText('2026');
  await expect(page.locator('dl a[rel="noreferrer"]')).toHaveAttribute('href', 'https://sweat.org.za/');
  await expect(page.locator('#sources + ol li').first()).toBeVisible();
});

test('the open data matches the YAML files exactly', async ({ request }) => {
  const json = await (await request.get('/data/organisations.json')).json();
  expect(json.licence.name).toBe('CC BY 4.0');
  expect(json.organisations).toHaveLength(yamls.length);
  const csv = parseCsv(await (await request.get('/data/organisations.csv')).text(), { columns: true }) as Record<
    string,
    string
  >[];
  expect(csv).toHaveLength(yamls.length);
  for (const { id, data } of yamls) {
    const record = json.organisations.find((r: { id: string }) => r.id === id);
    expect(record, id).toEqual({
      id,
      name: data.name,
      country: data.country,
      place: data.place,
      founded: data.founded ?? null,
      website: data.website ?? null,
      languages: data.languages,
      services: data.services,
      sexWorkerLed: data.sexWorkerLed,
      inStudy: data.inStudy,
      summary: data.summary,
      translations: data.translations ?? {},
      contacts: (data.contacts ?? []).map((h: Record<string, unknown>) => ({
        helpline: false,
        free: false,
        allHours: false,
        ...h,
      })),
      sources: data.sources.map((s: Record<string, unknown>) => ({
        title: s.title,
        ...(s.publisher ? { publisher: s.publisher } : {}),
        ...(s.date !== undefined ? { date: day(s.date) } : {}),
        ...(s.url ? { url: s.url } : {}),
      })),
      lastChecked: day(data.lastChecked),
    });
    const row = csv.find((r) => r.id === id)!;
    expect(row.name).toBe(data.name);
    expect(row.country).toBe(data.country);
    expect(row.services).toBe(data.services.join('; '));
    expect(row.languages).toBe(data.languages.join('; '));
    expect(row.summary_en).toBe(data.summary.en);
    expect(row.contacts).toBe(
      (data.contacts ?? []).map((h: { channel: string; contact: string }) => `${h.channel}: ${h.contact}`).join('; '),
    );
    expect(row.lastChecked).toBe(day(data.lastChecked));
  }
  const schema = await (await request.get('/data/organisations.schema.json')).json();
  expect(Object.keys(schema.properties)).toEqual(Object.keys(json.organisations[0]));
});

test('organisation pages are in the search index with country and service filters', () => {
  const html = builtHtml('/en/organisations/sweat/');
  expect(html).toMatch(/data-pagefind-filter="country:ZA"/);
  expect(html).toMatch(/data-pagefind-filter="service:crisis-line"/);
  expect(html).toMatch(/data-pagefind-filter="section:organisations"/);
});

test('the directory links the open data, its schema and its licence', () => {
  const html = builtHtml('/en/organisations/');
  for (const href of ['/data/organisations.json', '/data/organisations.csv', '/data/organisations.schema.json']) {
    expect(html).toContain(`href="${href}"`);
  }
  expect(html).toMatch(/href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/" rel="noreferrer license"/);
});
