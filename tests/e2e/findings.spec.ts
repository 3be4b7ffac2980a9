import { expect, test } from '@playwright/test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readdirSync } from 'node:fs';
import { readEntry } from '../content';
import { study } from '../../src/lib/study';
import { localeCodes } from '../../src/i18n/locales';
import { builtHtml } from '../site';

const findings = readdirSync('content/findings/en').map((f) => {
  const { data } = readEntry('findings', 'en', f.replace(/\.mdx$/, ''));
  return {
    slug: f.replace(/\.mdx$/, ''),
    title: String(data.title),
    ids: ((data.keyFindings ?? []) as { id: string }[]).map((k) => k.id),
  };
});

test('every key finding has its permalink anchor on its page, in every language', () => {
  expect(findings.flatMap((f) => f.ids).length).toBeGreaterThan(10);
  for (const lang of localeCodes) {
    for (const f of findings) {
      const html = builtHtml(`/${lang}/findings/${f.slug}/`);
      for (const id of f.ids) expect(html, `${lang}/${f.slug}#finding-${id}`).toContain(`id="finding-${id}"`);
    }
  }
});

test('the key-facts page gathers every finding, each linking to its permalink', () => {
  const html = builtHtml('/en/findings/key-facts/');
  for (const f of findings)
    for (const id of f.ids) expect(html).toContain(`href="/en/findings/${f.slug}/#finding-${id}"`);
});

test('without JavaScript, "copy link" is a plain link to the finding', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  const f = findings.find((x) => x.ids.length)!;
  await page.goto(`/en/findings/${f.slug}/`);
  await page.locator(`[data-copy-link="${f.ids[0]}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`#finding-${f.ids[0]}$`));
  await context.close();
});

test('with JavaScript, "copy link" copies the permalink', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const f = findings.find((x) => x.ids.length)!;
  await page.goto(`/es/findings/${f.slug}/`);
  await page.locator(`[data-copy-link="${f.ids[0]}"]`).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toMatch(new RegExp(`/es/findings/${f.slug}/#finding-${f.ids[0]}$`));
  await expect(page.locator('[data-copy-status]')).not.toBeEmpty();
});

test('citation files parse and carry the right title and year', async ({ request }) => {
  const bib = new Cite(await (await request.get('/cite/study.bib')).text()).data[0]!;
  const ris = new Cite(await (await request.get('/cite/study.ris')).text()).data[0]!;
  const csl = (await (await request.get('/cite/study.json')).json())[0];
  for (const item of [bib, ris, csl]) {
    expect(String(item.title).replace(/[{}]/g, '')).toBe(study.title);
    expect((item.issued as { 'date-parts': number[][] })['date-parts'][0]![0]).toBe(2018);
  }
  const overview = findings.find((f) => f.slug === 'overview')!;
  const page = new Cite(await (await request.get('/cite/en/overview.ris')).text()).data[0]!;
  expect(page.title).toBe(overview.title);
  expect(page.URL).toMatch(/\/en\/findings\/overview\/$/);
});

test('each key finding has its own citation, in every format, ending in its permalink', async ({ request }) => {
  for (const lang of ['en', 'es', 'th']) {
    for (const f of findings) {
      const html = builtHtml(`/${lang}/findings/${f.slug}/`);
      for (const id of f.ids) {
        const block = html.slice(html.indexOf(`data-cite-finding="${id}"`));
        const permalink = `/${lang}/findings/${f.slug}/#finding-${id}`;
        expect(/data-cite-apa>([^<]+)</.exec(block)![1], `${lang} ${id} APA`).toContain(permalink);
        expect(/data-cite-chicago>([^<]+)</.exec(block)![1], `${lang} ${id} Chicago`).toContain(permalink);
        expect(block.slice(0, 3000)).toContain('Sex Workers Organising for Change'); // beside the study's citation
        expect(block).toContain(`href="/cite/${lang}/${f.slug}/${id}.bib"`);
      }
    }
  }
  const [f] = findings.filter((x) => x.ids.length > 0);
  const id = f!.ids[0]!;
  for (const ext of ['bib', 'ris']) {
    const item = new Cite(await (await request.get(`/cite/en/${f!.slug}/${id}.${ext}`)).text()).data[0]!;
    expect(String(item.URL), ext).toMatch(new RegExp(`/en/findings/${f!.slug}/#finding-${id}$`));
  }
});

test('arriving by a permalink highlights that finding, and only that one', async ({ page }) => {
  const f = findings.find((x) => x.ids.length > 1)!;
  await page.goto(`/en/findings/${f.slug}/#finding-${f.ids[1]}`);
  const background = (id: string) =>
    page.locator(`#finding-${id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background(f.ids[1]!)).not.toBe('rgba(0, 0, 0, 0)');
  expect(await background(f.ids[0]!)).toBe('rgba(0, 0, 0, 0)');
});

test('every findings page offers APA and Chicago text and the three downloads, without JavaScript', () => {
  for (const f of findings) {
    const html = builtHtml(`/fr/findings/${f.slug}/`);
    expect(html).toMatch(/data-cite-apa>[^<]+\(2026\)/);
    expect(html).toMatch(/data-cite-chicago>[^<]+2026/);
    for (const ext of ['bib', 'ris', 'json']) expect(html).toContain(`href="/cite/fr/${f.slug}.${ext}" download`);
  }
  const overview = builtHtml('/en/findings/overview/');
  expect(overview).toContain('href="/cite/study.ris" download');
  expect(overview).toMatch(/data-cite-apa>Global Alliance Against Traffic in Women\. \(2018\)/);
});

test('pages carry citation meta tags and JSON-LD describing the report', () => {
  const html = builtHtml('/en/findings/overview/');
  for (const name of ['citation_title', 'citation_author', 'citation_date', 'citation_publisher']) {
    expect(html).toMatch(new RegExp(`<meta name="${name}" content="[^"]+">`));
  }
  const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
  expect(ld.about['@type']).toBe('Report');
  expect(ld.about.name).toBe(study.title);
  expect(ld.about.datePublished).toBe('2018');
});

test('each language has a valid RSS feed of findings and briefs', async ({ request }) => {
  for (const lang of localeCodes) {
    const xml = await (await request.get(`/${lang}/rss.xml`)).text();
    expect(XMLValidator.validate(xml), lang).toBe(true);
    const rss = new XMLParser().parse(xml).rss;
    expect(rss.channel.title).toBeTruthy();
    expect(rss.channel.language).toBe(lang === 'zh-hans' ? 'zh-Hans' : lang);
    const items = [].concat(rss.channel.item ?? []) as { title: string; link: string }[];
    if (['en', 'es', 'fr'].includes(lang)) expect(items.length).toBeGreaterThan(findings.length);
    for (const item of items) expect(item.link).toMatch(new RegExp(`/${lang}/(findings|briefs)/`));
  }
});

test('the press page gives key facts, how to cite, publication details and an honest contact line', () => {
  const html = builtHtml('/en/press/');
  expect(html).toContain('href="/en/findings/key-facts/"');
  expect(html).toContain(study.title);
  expect(html).toContain('href="/cite/study.bib" download');
  expect(html).toMatch(/data-media-contact>/);
  // No dead end: without a configured contact, the study's publisher and the about page are offered.
  expect(html).toMatch(/data-other-contacts[\s\S]*href="https:\/\/gaatw\.org\/"[\s\S]*href="\/en\/about\/"/);
  // 2017 research, 2018 publication: said once where journalists look.
  expect(html).toMatch(/data-study-dates>The research was done in 2017\. The report was published in February 2018/);
  expect(builtHtml('/en/findings/overview/')).toMatch(
    /the research was done in 2017 and the report came out in\s+February 2018/,
  );
});

test('every page links the press page from its footer', () => {
  for (const lang of localeCodes) {
    for (const path of [`/${lang}/`, `/${lang}/guides/police-encounters/`, `/${lang}/organisations/sweat/`]) {
      const footer = builtHtml(path).split('<footer')[1] ?? '';
      expect(footer, path).toContain(`href="/${lang}/press/"`);
    }
  }
});
