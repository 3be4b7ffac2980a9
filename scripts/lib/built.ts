/** Reading a build output folder: its pages by URL path, and their HTML. Used by the benchmark and the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every built HTML page of `dist` as a URL path (e.g. `/en/guides/police-encounters/`), sorted. */
export function builtPages(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** The HTML of a built page of `dist` by its URL path. */
export function builtHtml(path: string, dist: string): string {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return readFileSync(file, 'utf8');
}
