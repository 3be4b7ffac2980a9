/**
 * PDFs: every brief page that exists in its own language (not an English stand-in) and every language's
 * guides booklet (`/<lang>/guides/booklet/`, A5), printed by
 * Chromium from the built site (tagged, with an outline and page numbers) in fonts from npm, given fixed
 * metadata with pdf-lib and written where the page's `citation_pdf_url` says; then the links to each PDF get
 * the file's size. Everything a PDF needs is read from the built page, never from the content files.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './chromium';
import { serve } from './serve';
import { withFixedMetadata, type PdfMetadata } from './pdf-meta';
import { isolatedFontconfig, printAsset, printStylesheet, PRINT_ASSETS } from './print-fonts';
import { urlBreaks } from '../lib/url-breaks';

/** A file size for people, in the reader's language and digits (e.g. "84 kB", "84 ك.ب"). */
export function formatBytes(bytes: number, lang: string): string {
  const kb = Math.max(1, Math.round(bytes / 1000));
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short' }).format(kb);
}

/**
 * The built pages printed to PDF, as URL paths under the base (`en/briefs/<slug>/`, `en/guides/booklet/`), in
 * a stable order.
 */
export function printedPages(outDir: string): string[] {
  const pages: string[] = [];
  for (const lang of readdirSync(outDir).sort()) {
    const dir = join(outDir, lang, 'briefs');
    if (existsSync(join(outDir, lang, 'guides', 'booklet', 'index.html'))) pages.push(`${lang}/guides/booklet/`);
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir).sort()) {
      if (existsSync(join(dir, slug, 'index.html'))) pages.push(`${lang}/briefs/${slug}/`);
    }
  }
  return pages;
}

/** What a printed page says about itself in its head, read in the browser: enough to name and date its PDF. */
export interface PrintedPageFacts {
  /** Path of the PDF under the site's origin (from `citation_pdf_url`), e.g. `/es/briefs/<slug>.pdf`. */
  pdfPath: string;
  /** True when the page is a stand-in in another language, whose PDF is the original's: nothing to print. */
  isStandIn: boolean;
  /** The PDF's fixed metadata. */
  meta: PdfMetadata;
  /** The paper size the page asks for (`<meta name="print-page-size">`): A4 unless it says A5. */
  size: 'A4' | 'A5';
}

/** Reads a loaded page's title, summary, language, date, paper size and PDF address from its meta tags. */
export async function printedPageFacts(page: Page): Promise<PrintedPageFacts> {
  // No named helper inside evaluate: transpilers may wrap it in code that does not exist in the page.
  const names = ['citation_pdf_url', 'citation_language', 'citation_title', 'description', 'citation_publisher'];
  const [pdfUrl, contentLang, title, subject, author, date, pageLang, size] = await page.evaluate(
    (list) => [
      ...list.map((n) => document.querySelector<HTMLMetaElement>(`meta[name="${n}"]`)?.content),
      document.querySelector<HTMLMetaElement>('meta[name="citation_publication_date"]')?.content,
      document.documentElement.lang,
      document.querySelector<HTMLMetaElement>('meta[name="print-page-size"]')?.content,
    ],
    names,
  );
  const facts = { pdfUrl, contentLang, title, subject, author, date, pageLang };
  const missing = Object.entries(facts)
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length) throw new Error(`${page.url()}: the printed page lacks ${missing.join(', ')} in its head`);
  const [year, month, day] = facts.date!.split('/').map(Number);
  const pdfPath = new URL(facts.pdfUrl!).pathname;
  return {
    pdfPath,
    size: size === 'A5' ? 'A5' : 'A4',
    isStandIn: facts.contentLang!.toLowerCase() !== facts.pageLang!.toLowerCase(),
    meta: {
      title: facts.title!,
      subject: facts.subject!,
      lang: facts.pageLang!,
      author: facts.author!,
      date: new Date(Date.UTC(year!, month! - 1, day!)),
    },
  };
}

/**
 * Lets the page load only from `origin` (the local server the printer started) and the print assets: any
 * other request (an image, font or stylesheet a brief links from elsewhere) is aborted before it leaves the
 * machine. Returns the list the aborted URLs are added to.
 */
export async function confineTo(page: Page, origin: string): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}${PRINT_ASSETS}`)) {
      const body = printAsset(new URL(url).pathname);
      return body ? route.fulfill({ body, contentType: 'font/woff2' }) : route.abort('blockedbyclient');
    }
    if (url === origin || url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return blocked;
}

/**
 * Writes each link's address after it, as the site's public address (not the local printing server's), with
 * line-break opportunities only where {@link urlBreaks} allows them, so a PDF stands alone on paper.
 */
async function writeOutLinks(page: Page) {
  // The public origin is the one the build printed into the page's own citation address.
  const { hrefs, publicUrl } = await page.evaluate(() => {
    document.documentElement.classList.add('pdf');
    return {
      publicUrl: document.querySelector<HTMLMetaElement>('meta[name="citation_public_url"]')!.content,
      hrefs: [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].map((a) =>
        a.getAttribute('href')!.startsWith('#') ? '' : a.href,
      ),
    };
  });
  const publicOrigin = new URL(publicUrl).origin;
  // A link to this site points at its public address, in the text and in the PDF's link annotation alike.
  const publicHrefs = hrefs.map((href) => {
    if (!href || /^(mailto|tel|sms):/.test(href)) return '';
    const url = new URL(href);
    return url.origin === new URL(page.url()).origin ? `${publicOrigin}${url.pathname}${url.search}${url.hash}` : href;
  });
  const pieces = publicHrefs.map((href) => (href ? urlBreaks(href) : []));
  await page.evaluate((all) => {
    document.querySelectorAll<HTMLAnchorElement>('main a[href]').forEach((a, i) => {
      const parts = all[i];
      if (!parts || parts.length === 0) return;
      a.href = parts.join('');
      if (a.textContent?.trim() === parts.join('')) return;
      const span = document.createElement('span');
      span.className = 'pdf-url';
      span.append(' (');
      parts.forEach((part, j) => {
        if (j > 0) span.append(document.createElement('wbr'));
        span.append(part);
      });
      span.append(')');
      a.after(span);
    });
  }, pieces);
}

/**
 * Starts the printing Chromium: no system font reaches it (an empty fontconfig), so PDFs are set only in the
 * fonts {@link printStylesheet} serves. `fontconfig` lets a test print with another
 * configuration, or `'system'` the machine's own.
 */
export async function launchPrinter(fontconfig?: string | 'system'): Promise<Browser> {
  const env = { ...process.env } as Record<string, string>;
  if (fontconfig !== 'system') env.FONTCONFIG_FILE = fontconfig ?? (await isolatedFontconfig());
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS, env });
}

/** Opens a page for printing: confined to `origin`, allowed to load the print fonts despite the page's CSP. */
export async function printerPage(browser: Browser, origin: string): Promise<{ page: Page; blocked: string[] }> {
  // The pages' policy says font-src 'none' (the site is font-free); the print fonts are the printer's own.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  return { page, blocked: await confineTo(page, origin) };
}

/** Prints one page to a tagged PDF with an outline and page numbers (A4 or A5), then fixes its metadata. */
export async function printPdf(
  page: Page,
  url: string,
  meta: PdfMetadata,
  size: 'A4' | 'A5' = 'A4',
): Promise<Uint8Array> {
  await page.goto(url);
  await writeOutLinks(page);
  await page.addStyleTag({ content: printStylesheet(size) });
  // Lay the page out as it prints, so every font the printed text needs is requested, then wait for them.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.body.offsetHeight);
  await page.evaluate(() => document.fonts.ready);
  const raw = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  return withFixedMetadata(raw, meta);
}

/** Options for {@link printPdfs}. */
export interface PrintPdfsOptions {
  /** The build output. */
  outDir: string;
  /** The base path the site was built for, with slashes at both ends. */
  base: string;
  /** Where progress lines go. */
  log: (line: string) => void;
}

/** Prints every brief and booklet to its PDF and writes each PDF's size into the links that point at it. */
export async function printPdfs({ outDir, base, log }: PrintPdfsOptions): Promise<void> {
  const server = await serve({ root: outDir, base, port: 0 });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchPrinter();
  const sizes = new Map<string, number>();
  try {
    const { page, blocked } = await printerPage(browser, origin);
    for (const path of printedPages(outDir)) {
      const url = `${origin}${base}${path}`;
      await page.goto(url);
      const facts = await printedPageFacts(page);
      if (facts.isStandIn) continue;
      if (!facts.pdfPath.startsWith(base))
        throw new Error(`${path}: its PDF address ${facts.pdfPath} is outside ${base}`);
      const pdf = await printPdf(page, url, facts.meta, facts.size);
      writeFileSync(join(outDir, facts.pdfPath.slice(base.length)), pdf);
      sizes.set(facts.pdfPath, pdf.length);
      log(`${facts.pdfPath}  ${formatBytes(pdf.length, 'en')}`);
    }
    if (blocked.length) log(`(blocked ${blocked.length} request(s) to other hosts: ${blocked.join(', ')})`);
  } finally {
    await browser.close();
    server.close();
  }
  if (sizes.size === 0) throw new Error('No PDF was made: no brief or booklet page was found in the build');
  writePdfSizes(outDir, sizes);
}

/** Writes each PDF's size into the links that point at it (`data-pdf-size`), in the page's language. */
function writePdfSizes(outDir: string, sizes: ReadonlyMap<string, number>) {
  for (const file of readdirSync(outDir, { recursive: true }) as string[]) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(join(outDir, file), 'utf8');
    if (!html.includes('data-pdf-size')) continue;
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? 'en';
    const patched = html.replace(
      /(<span data-pdf-size="([^"]+)">)[^<]*(<\/span>)/g,
      (_, open: string, href: string, close: string) => {
        const size = sizes.get(href);
        if (size === undefined) throw new Error(`${file}: links ${href}, but no such PDF was made`);
        return `${open}${formatBytes(size, lang)}${close}`;
      },
    );
    writeFileSync(join(outDir, file), patched);
  }
}
