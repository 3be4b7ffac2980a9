/** What the browser tests need to know about the built site, read from the build under test. */
import { readdirSync } from 'node:fs';
import * as built from '../scripts/lib/built';
import { inlineHashes, unionOfHashes, type InlineHashes } from '../src/integrations/inline-csp';

/** The build the main tests run against. */
export const DIST = process.env.TEST_DIST ?? 'dist';

/** Every built HTML page as a URL path (e.g. `/en/guides/police-encounters/`). */
export const builtPages = (dist = DIST): string[] => built.builtPages(dist);

/** The HTML of a built page by its URL path. */
export const builtHtml = (path: string, dist = DIST): string => built.builtHtml(path, dist);

/** A route file's pattern: `[lang]/guides/[slug].astro` → `/^\/([^/]+)\/guides\/([^/]+)\/$/`; `404.astro` → `/404.html`. */
function routePattern(file: string): { file: string; regex: RegExp; dynamic: number } {
  const segments = file.replace(/\.(astro|mdx?)$/, '').split('/');
  if (segments.at(-1) === 'index') segments.pop();
  if (segments.length === 1 && segments[0] === '404') return { file, regex: /^\/404\.html$/, dynamic: 0 };
  const parts = segments.map((s) => (s.startsWith('[') ? '([^/]+)' : s.replace(/[.*+?^${}()|\\]/g, '\\$&')));
  const path = parts.length ? `/${parts.join('/')}/` : '/';
  return { file, regex: new RegExp(`^${path}$`), dynamic: segments.filter((s) => s.startsWith('[')).length };
}

/**
 * One built page per kind: per page file under src/pages (Astro's route patterns), per language, and again
 * where the page is an English stand-in (its template differs: a notice, English text). Browser checks that
 * cost seconds a page (axe, the privacy crawl) run on these; checks by parsing run on every page.
 */
export function pageKinds(dist = DIST): string[] {
  const routes = (readdirSync('src/pages', { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => /\.(astro|mdx?)$/.test(f) && !f.split('/').some((part) => part.startsWith('_')))
    .map(routePattern)
    // A static segment beats a dynamic one: /en/findings/key-facts/ is key-facts.astro, not [slug].astro.
    .sort((a, b) => a.dynamic - b.dynamic);
  const kinds = new Map<string, string>();
  for (const path of builtPages(dist)) {
    const route = routes.find((r) => r.regex.test(path));
    if (!route) throw new Error(`${path}: no page file under src/pages makes it`);
    const lang = route.file.startsWith('[lang]') ? path.split('/')[1] : '';
    const standIn = builtHtml(path, dist).includes('data-fallback-notice');
    const kind = `${route.file} ${lang} ${standIn ? 'stand-in' : 'own'}`;
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
}

/** The hashes of every inline script and stylesheet of the build, as the headers files must carry them. */
export const builtInlineHashes = (dist = DIST): InlineHashes =>
  unionOfHashes(builtPages(dist).map((path) => inlineHashes(builtHtml(path, dist))));
