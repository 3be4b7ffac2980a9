/** What the PDF tests share: printing a built page again as the build does, and reading a PDF's text. */
import { execFileSync } from 'node:child_process';
import { printedPageFacts, launchPrinter, printerPage, printPdf } from '../src/integrations/pdf';
import { serve } from '../src/integrations/serve';
import { DIST } from './site';

/** Prints a built page again, as the build does, with the given fontconfig (the build's own by default). */
export async function reprintPage(path: string, fontconfig?: string): Promise<Uint8Array> {
  const server = await serve({ root: DIST, base: '/', port: 0 });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchPrinter(fontconfig);
  try {
    const { page } = await printerPage(browser, origin);
    const url = `${origin}${path}`;
    await page.goto(url);
    const facts = await printedPageFacts(page);
    return await printPdf(page, url, facts.meta, facts.size);
  } finally {
    await browser.close();
    server.close();
  }
}

/** The PDF's text in reading order, as poppler's pdftotext extracts it (right-to-left text included). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

const normal = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

/**
 * Whether extracted PDF text contains a phrase: compared on letters and digits only (line breaks, bidi marks and
 * punctuation differ between extractors), and without lam and the alefs: extractors return lam-alef ligatures in
 * either order.
 */
export function pdfContains(text: string, phrase: string): boolean {
  const letters = (s: string) =>
    normal(s)
      .replace(/[^\p{L}\p{N}]/gu, '')
      .replace(/[لاأإآ]/g, '');
  return letters(text).includes(letters(phrase));
}
