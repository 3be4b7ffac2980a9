/**
 * Pocket booklets: for each language one PDF with every guide (key points first, then each guide in full,
 * the safety note and where to get help), A5, tagged, with an outline, in fonts that cover the language, the
 * same bytes when printed again; linked from the guides index with its size and language.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { pdfFacts } from '../../src/integrations/pdf-meta';
import { localeCodes, getLocale } from '../../src/i18n/locales';
import { readEntry } from '../content';
import { pdfContains, pdfText, reprintPage } from '../pdf';
import { DIST, builtHtml } from '../site';

/** A language's UI strings, as its file has them. */
const ui = (lang: string) => JSON.parse(readFileSync(`src/i18n/ui/${lang}.json`, 'utf8')) as Record<string, string>;
const slugs = readdirSync('content/guides/en').map((f) => f.replace(/\.mdx$/, ''));
const booklet = (lang: string) => join(DIST, lang, 'guides', 'booklet.pdf');

for (const lang of localeCodes) {
  test(`the ${lang} booklet: A5, tagged, with an outline, every guide's title, the safety note`, async () => {
    const bytes = new Uint8Array(readFileSync(booklet(lang)));
    const facts = await pdfFacts(bytes);
    expect(facts.tagged).toBe(true);
    expect(facts.outline).toBe(true);
    expect(facts.lang).toBe(getLocale(lang).lang);
    const { width, height } = (await PDFDocument.load(bytes)).getPage(0).getSize();
    // A5 is 148 × 210 mm: 419.5 × 595.3 points.
    expect([Math.round(width), Math.round(height)]).toEqual([420, 595]);
    const text = pdfText(booklet(lang));
    // Right-to-left lines that wrap come out of the extractor in visual order: there, find each word.
    const found = (text: string, phrase: string) =>
      pdfContains(text, phrase) ||
      (getLocale(lang).dir === 'rtl' && phrase.split(/\s+/).every((word) => pdfContains(text, word)));
    for (const slug of slugs) {
      const title = String(readEntry('guides', lang, slug).data.title);
      expect(found(text, title), `${lang}: "${title}"`).toBe(true);
    }
    expect(found(text, ui(lang)['booklet.safety']!), 'the safety note').toBe(true);
    expect(found(text, ui(lang)['guides.helpTitle']!), 'where to get help').toBe(true);
  });
}

test('the guides index links the booklet in its language, with its size', () => {
  const html = builtHtml('/th/guides/');
  expect(html).toContain('href="/th/guides/booklet.pdf"');
  expect(html).toMatch(/<span data-pdf-size="\/th\/guides\/booklet\.pdf">[^<]*\d[^<]*<\/span>/);
});

test('a booklet in Chinese is the same bytes when printed again', async () => {
  const again = await reprintPage('/zh-hans/guides/booklet/');
  expect(Buffer.compare(Buffer.from(again), readFileSync(booklet('zh-hans')))).toBe(0);
});
