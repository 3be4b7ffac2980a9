import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PDFDocument, PDFDict, PDFName } from 'pdf-lib';
import { confineTo, launchPrinter, printPdf } from '../../src/integrations/pdf';
import { pdfContains, pdfText, reprintPage } from '../pdf';
import { isolatedFontconfig } from '../../src/integrations/print-fonts';
import { serve } from '../../src/integrations/serve';
import { pdfFacts } from '../../src/integrations/pdf-meta';
import { readEntry } from '../content';
import { getLocale, isLocaleCode } from '../../src/i18n/locales';
import { DIST, builtHtml } from '../site';

/** Every brief written in a language (English stand-ins have no PDF of their own). */
const all = readdirSync('content/briefs')
  .filter(isLocaleCode)
  .flatMap((lang) =>
    readdirSync(`content/briefs/${lang}`).map((file) => {
      const slug = file.replace(/\.mdx$/, '');
      return { lang, slug, title: String(readEntry('briefs', lang, slug).data.title) };
    }),
  );
const pdfPath = (b: { lang: string; slug: string }) => join(DIST, b.lang, 'briefs', `${b.slug}.pdf`);

/** Prints a built brief again, as the build does, with the given fontconfig (the build's own by default). */
const reprint = (b: { lang: string; slug: string }, fontconfig?: string) =>
  reprintPage(`/${b.lang}/briefs/${b.slug}/`, fontconfig);

/** The first recommendation of a brief, as plain text. */
function firstRecommendation(b: { lang: string; slug: string }): string {
  const { data } = readEntry('briefs', b.lang, b.slug);
  return (data.recommendations as { text: string }[])[0]!.text.replace(/\.$/, '');
}

test('three briefs in English, Spanish and French, at least one in Arabic', () => {
  const by = (lang: string) =>
    all
      .filter((b) => b.lang === lang)
      .map((b) => b.slug)
      .sort();
  expect(by('en').length).toBeGreaterThanOrEqual(3);
  expect(by('es')).toEqual(by('en'));
  expect(by('fr')).toEqual(by('en'));
  expect(by('ar').length).toBeGreaterThanOrEqual(1);
});

for (const b of all) {
  test(`PDF ${b.lang}/${b.slug}: tagged, titled, in its language, with its text, under 300 KB`, async () => {
    const bytes = new Uint8Array(readFileSync(pdfPath(b)));
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    expect(bytes.length).toBeLessThan(300_000);
    const facts = await pdfFacts(bytes);
    expect(facts.tagged).toBe(true);
    expect(facts.outline).toBe(true);
    expect(facts.lang).toBe(getLocale(b.lang).lang);
    expect(facts.title).toBe(b.title);
    const text = pdfText(pdfPath(b));
    expect(pdfContains(text, b.title), `title in ${text.slice(0, 300)}`).toBe(true);
    expect(pdfContains(text, firstRecommendation(b)), 'first recommendation').toBe(true);
    expect(text).toMatch(/\b1 ?\/ ?\d\b/); // page numbers
  });
}

const ui = (lang: string) => JSON.parse(readFileSync(`src/i18n/ui/${lang}.json`, 'utf8')) as Record<string, string>;

for (const b of all) {
  test(`PDF ${b.lang}/${b.slug} stands alone: site name, address, date, citation, "this brief"`, () => {
    const text = pdfText(pdfPath(b));
    const html = builtHtml(`/${b.lang}/briefs/${b.slug}/`);
    const url = /<meta name="citation_public_url" content="([^"]+)"/.exec(html)![1]!;
    const citation = /data-brief-citation>([^<]+)</.exec(html)![1]!.replace(/&amp;/g, '&');
    const strings = ui(b.lang);
    expect(pdfContains(text, strings['site.name']!), 'site name').toBe(true);
    expect(pdfContains(text, url), `address ${url}`).toBe(true);
    // Right-to-left PDFs extract mixed-direction lines in visual order: check the citation there by its address.
    if (getLocale(b.lang).dir === 'ltr') expect(pdfContains(text, citation), 'suggested citation').toBe(true);
    expect(text, 'scheme kept whole').toMatch(/https?:\/\//);
    if (b.lang !== 'en') {
      expect(pdfContains(text, strings['translation.machineBrief']!), '"this brief" notice').toBe(true);
      expect(pdfContains(text, strings['translation.machine']!), 'no "this page" notice').toBe(false);
      expect(pdfContains(text, `/en/briefs/${b.slug}/`), 'the English original').toBe(true);
      expect(html, 'the original is a link').toContain(`<a href="/en/briefs/${b.slug}/" lang="en" dir="ltr">`);
    }
  });
}

test('a long address breaks only at sensible points, never inside the scheme', () => {
  const b = all.find((x) => x.lang === 'fr')!;
  const lines = pdfText(pdfPath(b)).split('\n');
  expect(lines.some((l) => /https?:\/\/$|https?:$|htt$/.test(l.trim()))).toBe(false);
});

test('the Arabic PDF embeds a font that covers Arabic', async () => {
  const b = all.find((x) => x.lang === 'ar')!;
  const doc = await PDFDocument.load(readFileSync(pdfPath(b)));
  const fonts = doc.context
    .enumerateIndirectObjects()
    .map(([, obj]) => obj)
    .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'))
    .map((d) => String(d.get(PDFName.of('FontName'))));
  expect(
    fonts.some((f) => /Arabic|Naskh|Kufi/i.test(f)),
    fonts.join(', '),
  ).toBe(true);
});

test('links are kept in the PDFs, and a link to this site goes to its public address', async () => {
  for (const b of all) {
    const html = builtHtml(`/${b.lang}/briefs/${b.slug}/`);
    const publicOrigin = new URL(/<meta name="citation_public_url" content="([^"]+)"/.exec(html)![1]!).origin;
    const doc = await PDFDocument.load(readFileSync(pdfPath(b)));
    const uris = doc.getPages().flatMap((p) => {
      const annots = p.node.Annots();
      return annots ? annots.asArray().map((ref) => String(doc.context.lookup(ref, PDFDict).get(PDFName.of('A')))) : [];
    });
    expect(
      uris.some((u) => u.includes('https://')),
      `${b.lang}/${b.slug}`,
    ).toBe(true);
    // The printer's own local server has another port: no link may lead there.
    const local = uris.flatMap((u) => /\/URI \((http:\/\/127\.0\.0\.1:\d+)/.exec(u)?.[1] ?? []);
    expect(
      local.filter((o) => o !== publicOrigin),
      `${b.lang}/${b.slug}`,
    ).toEqual([]);
  }
});

test('a brief PDF is byte-identical when printed again', async () => {
  const b = all.find((x) => x.lang === 'es')!;
  expect(Buffer.compare(Buffer.from(await reprint(b)), readFileSync(pdfPath(b)))).toBe(0);
});

test('a brief PDF does not depend on the fonts of the machine that built it', async () => {
  // A fontconfig of the test's own that hides every system font: only the fonts from npm remain. The build
  // ran on a machine with system fonts (Chromium pulls some in); had one reached a PDF, the bytes would differ.
  const fonts = join(dirname(await isolatedFontconfig()), 'fonts');
  const dir = mkdtempSync(join(tmpdir(), 'hidden-fonts-'));
  const config = join(dir, 'fonts.conf');
  writeFileSync(
    config,
    `<?xml version="1.0"?>\n<fontconfig><dir>${fonts}</dir><cachedir>${dir}/cache</cachedir></fontconfig>\n`,
  );
  for (const b of [all.find((x) => x.lang === 'ar')!, all.find((x) => x.lang === 'fr')!]) {
    expect(Buffer.compare(Buffer.from(await reprint(b, config)), readFileSync(pdfPath(b))), b.lang).toBe(0);
  }
});

test('printing a PDF sends no request to another host, even for a brief that links an outside image', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'brief-'));
  mkdirSync(join(dir, 'en', 'briefs', 'outside'), { recursive: true });
  writeFileSync(
    join(dir, 'en', 'briefs', 'outside', 'index.html'),
    '<!doctype html><html lang="en"><head><title>Outside</title>' +
      '<meta name="citation_public_url" content="https://rights.example.org/en/briefs/outside/">' +
      '<link rel="stylesheet" href="https://example.org/style.css"></head>' +
      '<body><h1>A brief</h1><img src="https://example.org/tracker.png" alt="">' +
      '<img src="/en/briefs/outside/local.png" alt=""></body></html>',
  );
  const server = await serve({ root: dir, base: '/', port: 0 });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const finished: string[] = [];
  page.on('requestfinished', (r) => finished.push(r.url()));
  try {
    const blocked = await confineTo(page, origin);
    const pdf = await printPdf(page, `${origin}/en/briefs/outside/`, {
      title: 'Outside',
      subject: 'A brief that links an outside image',
      lang: 'en',
      author: 'Ask the experts',
      date: new Date('2026-01-01'),
    });
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
    expect(blocked.sort()).toEqual(['https://example.org/style.css', 'https://example.org/tracker.png']);
    expect(finished.filter((u) => !u.startsWith(origin))).toEqual([]);
    expect(finished).toContain(`${origin}/en/briefs/outside/`);
  } finally {
    server.close();
  }
});

test('the brief page links its PDF with its size and language', async ({ page }) => {
  await page.goto('/fr/briefs/removing-penalties/');
  const link = page.locator('a[data-pdf-link]');
  await expect(link).toHaveAttribute('href', '/fr/briefs/removing-penalties.pdf');
  await expect(link).toContainText(/\d+\s?ko/);
  await expect(link).toContainText(/français/i);
  const response = await page.request.get('/fr/briefs/removing-penalties.pdf');
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(builtHtml('/th/briefs/removing-penalties/')).toContain('href="/en/briefs/removing-penalties.pdf"');
});

test('without a Chromium the PDF step stops with a message that says what to set', async () => {
  const saved = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = '/nonexistent/chromium';
  try {
    await expect(launchPrinter()).rejects.toThrow(
      /CHROMIUM_PATH is set to "\/nonexistent\/chromium", but no file is there/,
    );
  } finally {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  }
});
