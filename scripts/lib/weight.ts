import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** Bytes after brotli at its highest quality, as a static host would serve them pre-compressed. */
export function brotliSize(content: string | Buffer): number {
  return brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/**
 * Files a page makes the browser fetch as it loads, read from its HTML: stylesheets, scripts, preloads, icons
 * and images that are not `data:` URLs. An empty list means the page arrives in one request.
 */
export function pageSubresources(html: string): string[] {
  const urls: (string | undefined)[] = [];
  for (const [tag] of html.matchAll(/<(link|script|img|source|video|audio|iframe|embed|object)\b[^>]*>/gi)) {
    const name = /^<(\w+)/.exec(tag)![1]!.toLowerCase();
    if (name === 'link') {
      const rel = /\srel="([^"]+)"/.exec(tag)?.[1] ?? '';
      if (/\b(stylesheet|icon|preload|modulepreload|prefetch|manifest)\b/.test(rel))
        urls.push(/\shref="([^"]+)"/.exec(tag)?.[1]);
    } else {
      urls.push(/\s(?:src|srcset|data)="([^"]+)"/.exec(tag)?.[1]);
    }
  }
  return urls.filter((u): u is string => !!u && !u.startsWith('data:'));
}

/** The bytes (brotli) a static host sends for a built file of `dist`, by URL path (a query is ignored). */
export function servedBytes(dist: string, url: string): number {
  const path = decodeURIComponent(url.split('?')[0]!);
  return brotliSize(readFileSync(path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path)));
}

/** What a page weighs on a first visit: its HTML and every file it fetches as it loads (brotli), from `dist`. */
export function pageWeight(html: string, dist: string): number {
  return pageSubresources(html).reduce((n, url) => n + brotliSize(readFileSync(join(dist, url))), brotliSize(html));
}

/**
 * Words of a page's `<main>` text in its language, counted as Intl.Segmenter counts them (so Thai and Chinese,
 * written without spaces, count by word too).
 */
export function mainWords(html: string): number {
  const main = /<main\b([^>]*)>([\s\S]*?)<\/main>/.exec(html);
  if (!main) return 0;
  const lang = /\slang="([^"]+)"/.exec(main[1]!)?.[1] ?? 'en';
  const text = main[2]!
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
  let words = 0;
  for (const segment of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text))
    if (segment.isWordLike) words++;
  return words;
}
