/**
 * Exact hashes for inline code. A page carries its stylesheet and its small scripts inline (one round trip),
 * and its `<meta>` Content-Security-Policy allows them by hash. Astro writes into every page the hashes of
 * every script and stylesheet of the whole site (external files included); this step rewrites each page's
 * policy to list the hashes of the inline code that page has, and nothing else, and returns the set of all of
 * them for the headers files, whose one policy covers every page. Build-time only.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** CSP hash sources (`'sha256-…'`) of inline code. */
export interface InlineHashes {
  /** Of inline `<script>` elements that run (not JSON data blocks). */
  scripts: string[];
  /** Of `<style>` elements. */
  styles: string[];
}

const hash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** Inline scripts that run: no `src`, and no data type (`application/json`, `application/ld+json`). */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?![^>]*\stype="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** The hashes of a page's inline scripts and styles, each once, in page order. */
export function inlineHashes(html: string): InlineHashes {
  const unique = (re: RegExp) => [...new Set([...html.matchAll(re)].map((m) => hash(m[1] ?? '')))];
  return { scripts: unique(INLINE_SCRIPT), styles: unique(INLINE_STYLE) };
}

/** A policy whose script-src and style-src hashes are exactly `hashes`; other sources are kept as they are. */
export function withHashes(policy: string, hashes: InlineHashes): string {
  const lists = { 'script-src': hashes.scripts, 'style-src': hashes.styles };
  return policy
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      if (!(name in lists)) return directive.trim();
      const kept = sources.filter((s) => !/^'sha(256|384|512)-/.test(s));
      return [name, ...kept, ...lists[name as keyof typeof lists]].join(' ');
    })
    .filter(Boolean)
    .join('; ');
}

/** Rewrites a page's `<meta>` policy to its own inline hashes; a page without that meta is an error. */
export function pageWithExactHashes(html: string, file: string): { html: string; hashes: InlineHashes } {
  const hashes = inlineHashes(html);
  if (!CSP_META.test(html)) throw new Error(`${file}: no Content-Security-Policy <meta> to carry its inline hashes`);
  return {
    html: html.replace(CSP_META, (_, open, policy, close) => open + withHashes(policy, hashes) + close),
    hashes,
  };
}

/** The hashes of many pages as one set each, sorted: what the headers files must allow. */
export function unionOfHashes(pages: Iterable<InlineHashes>): InlineHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const page of pages) {
    page.scripts.forEach((h) => scripts.add(h));
    page.styles.forEach((h) => styles.add(h));
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/** Every page of the build rewritten; returns the union of all pages' hashes for the headers files. */
export function exactInlineHashes(outDir: string): InlineHashes {
  const pages = (readdirSync(outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
  return unionOfHashes(
    pages.map((page) => {
      const file = join(outDir, page);
      const { html, hashes } = pageWithExactHashes(readFileSync(file, 'utf8'), page);
      writeFileSync(file, html);
      return hashes;
    }),
  );
}
