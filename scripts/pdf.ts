/**
 * Brief PDFs: each translated brief page, printed by Chromium from the built site (tagged, with an outline
 * and page numbers), then given fixed metadata with pdf-lib, written beside the page as
 * `/<lang>/briefs/<slug>.pdf`; finally the brief pages get the file's size on their download link.
 * Run by `npm run build`; alone: `npx tsx scripts/pdf.ts` after `astro build`.
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './chromium';
import { serve } from './serve';
import { splitFrontMatter } from '../src/lib/frontmatter';
import { withFixedMetadata, type PdfMetadata } from '../src/lib/pdf-meta';
import { formatBytes } from '../src/lib/bytes';
import { urlBreaks } from '../src/lib/url-breaks';
import { site } from '../src/site.config';
import { getLocale, isLocaleCode } from '../src/i18n/locales';

const outDir = process.env.OUT_DIR ?? 'dist';
const base = process.env.BASE ?? '/';
const contentDir = join(process.env.CONTENT_DIR ?? 'content', 'briefs');

/** Every brief that exists in a language (no PDFs of English stand-ins). */
export function briefs() {
  return readdirSync(contentDir).flatMap((lang) =>
    isLocaleCode(lang)
      ? readdirSync(join(contentDir, lang)).map((file) => {
          const { data } = splitFrontMatter(readFileSync(join(contentDir, lang, file), 'utf8'));
          return {
            lang,
            slug: file.replace(/\.mdx?$/, ''),
            title: String(data.title),
            description: String(data.description),
            date: new Date(String(data.date)),
          };
        })
      : [],
  );
}

/**
 * Lets the page load only from `origin` (the local server the printer started): any other request (an image,
 * font or stylesheet a brief links from elsewhere) is aborted before it leaves the machine. Returns the list
 * the aborted URLs are added to.
 */
export async function confineTo(page: Page, origin: string): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
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
      publicUrl: document.querySelector<HTMLMetaElement>('meta[name="citation_public_url"]')?.content,
      hrefs: [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].map((a) =>
        a.getAttribute('href')!.startsWith('#') ? '' : a.href,
      ),
    };
  });
  const publicOrigin = new URL(publicUrl ?? site.url).origin;
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

/** Prints one page to a tagged PDF with an outline and page numbers, then fixes its metadata. */
export async function printPdf(page: Page, url: string, meta: PdfMetadata): Promise<Uint8Array> {
  await page.goto(url);
  await writeOutLinks(page);
  const raw = await page.pdf({
    format: 'A4',
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate:
      '<div style="width:100%;font-size:9px;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    margin: { top: '18mm', bottom: '18mm', left: '18mm', right: '18mm' },
  });
  return withFixedMetadata(raw, meta);
}

/** The fixed metadata of a brief's PDF. */
export function briefMetadata(brief: { lang: string; title: string; description: string; date: Date }): PdfMetadata {
  return {
    title: brief.title,
    subject: brief.description,
    lang: getLocale(brief.lang).lang,
    author: 'Ask the experts',
    date: brief.date,
  };
}

async function main() {
  let executablePath: string;
  try {
    executablePath = requireChromium();
  } catch (error) {
    console.error(`PDFs cannot be made: ${(error as Error).message}`);
    process.exit(1);
  }
  const server = await serve({ root: outDir, base, port: 0 });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const sizes = new Map<string, number>();
  try {
    const page = await browser.newPage();
    const blocked = await confineTo(page, origin);
    for (const brief of briefs()) {
      const path = `${base}${brief.lang}/briefs/${brief.slug}`;
      const pdf = await printPdf(page, `${origin}${path}/`, briefMetadata(brief));
      writeFileSync(join(outDir, `${brief.lang}/briefs/${brief.slug}.pdf`), pdf);
      sizes.set(`${path}.pdf`, pdf.length);
      console.log(`  ${path}.pdf  ${formatBytes(pdf.length, 'en')}`);
    }
    if (blocked.length) console.log(`  (blocked ${blocked.length} request(s) to other hosts: ${blocked.join(', ')})`);
  } finally {
    await browser.close();
    server.close();
  }
  // Write each PDF's size into the links that point at it, in the reader's language.
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

if (import.meta.url === `file://${process.argv[1]}`) await main();
