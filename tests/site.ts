/** What the browser tests need to know about the built site, read from dist/ once. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The build the main tests run against. */
export const DIST = process.env.TEST_DIST ?? 'dist';

/** Every built HTML page as a URL path (e.g. `/en/guides/police-encounters/`). */
export function builtPages(dist = DIST): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** The HTML of a built page by its URL path. */
export function builtHtml(path: string, dist = DIST): string {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return readFileSync(file, 'utf8');
}
