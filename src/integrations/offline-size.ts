/**
 * The size of each offline copy ("Keep these guides on this phone", src/components/OfflineCopy.astro), said
 * before the reader agrees: once every page is built, the pages a copy holds (the component lists them in
 * `data-offline-urls`) and the same-origin stylesheets and scripts they load are added up from the built files,
 * and the total is written into the component's `<span data-offline-size>`, in the page's language. The pages
 * are stored as the server sends them uncompressed, so this is about the room the copy takes on the phone; the
 * download is smaller. A listed page that was not built stops the build. Build-time only.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkedAssets } from '../lib/offline-assets';
import { formatBytes } from './pdf';

const URLS = /\sdata-offline-urls="([^"]*)"/;
const SIZE = /(<span data-offline-size>)[^<]*(<\/span>)/g;
/** A stand-in origin to resolve site paths against; only the paths are used. */
const ORIGIN = 'http://offline.invalid';

/** The built file of a site path under `base`: `/sub/en/guides/` → `<outDir>/en/guides/index.html`. */
function builtFile(outDir: string, base: string, path: string): string {
  if (!path.startsWith(base)) throw new Error(`${path} is outside the site's base ${base}`);
  const inner = decodeURIComponent(path.slice(base.length));
  const file = join(outDir, inner.endsWith('/') || inner === '' ? join(inner, 'index.html') : inner);
  if (!existsSync(file)) throw new Error(`the offline copy lists ${path}, but the build has no ${file}`);
  return file;
}

/** The bytes a copy of `paths` takes: each page, and each stylesheet or script they load, counted once. */
export function offlineCopyBytes(outDir: string, base: string, paths: readonly string[]): number {
  const files = new Set<string>();
  for (const path of paths) {
    const file = builtFile(outDir, base, path);
    files.add(file);
    for (const asset of linkedAssets(readFileSync(file, 'utf8'), `${ORIGIN}${path}`)) {
      files.add(builtFile(outDir, base, new URL(asset).pathname));
    }
  }
  return [...files].reduce((sum, file) => sum + statSync(file).size, 0);
}

/** Writes the size into every page that offers an offline copy; returns how many pages got one. */
export function writeOfflineSizes(outDir: string, base: string): number {
  const pages = (readdirSync(outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
  const sized: [file: string, html: string, bytes: number][] = [];
  for (const page of pages) {
    const file = join(outDir, page);
    const html = readFileSync(file, 'utf8');
    const urls = URLS.exec(html)?.[1];
    if (urls === undefined) continue;
    const paths = urls.split(' ').filter(Boolean);
    if (paths.length === 0) throw new Error(`${page}: the offline copy lists no page`);
    sized.push([file, html, offlineCopyBytes(outDir, base, paths)]);
  }
  // Measured first, written after, so no page is measured with another's size already in it.
  for (const [file, html, bytes] of sized) {
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? 'en';
    writeFileSync(
      file,
      html.replace(SIZE, (_, open: string, close: string) => open + formatBytes(bytes, lang) + close),
    );
  }
  return sized.length;
}
