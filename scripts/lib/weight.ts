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

/** Stylesheets and scripts a page loads from its own HTML (`<link rel="stylesheet">`, `<script src>`). */
export function pageAssets(html: string): string[] {
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]);
  const js = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  return [...css, ...js].filter((u): u is string => !!u);
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
