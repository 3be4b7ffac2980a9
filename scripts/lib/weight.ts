import { brotliCompressSync, constants } from 'node:zlib';

/** Bytes after brotli at its highest quality, as a static host would serve them pre-compressed. */
export function brotliSize(content: string | Buffer): number {
  return brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** Stylesheets and scripts a page loads from its own HTML (`<link rel="stylesheet">`, `<script src>`). */
export function pageAssets(html: string): string[] {
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]);
  const js = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  return [...css, ...js].filter((u): u is string => !!u);
}
