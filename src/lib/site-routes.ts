/**
 * Every address the build writes, derived from the page files under src/pages (Astro's file-based routes)
 * and the content: a static page file gives its one address by itself; a dynamic segment (`[slug]`) takes
 * its values from the content the same way the page's `getStaticPaths` does. Addresses are site paths
 * without the base: `/en/guides/police-encounters/`, `/data/organisations.json`.
 */
import { readdir } from 'node:fs/promises';
import { localeCodes, type LocaleCode } from '../i18n/locales';
import { citeExtensions, findingFile, pageFile, studyFile } from './cite-files';
import { isLocalizedCollection, type CollectionName } from './collection-names';
import { languageSegment, languagesServed, regions } from './directory';
import { joinUrl } from './routes';
import { keyFindingIds, shownFile, slugsOf, stringField, stringListField, type SourceFile } from './site-content';

/** File endings Astro turns into pages (an HTML document at `<path>/`). */
const PAGE_EXTENSIONS = ['astro', 'md', 'mdx', 'html'];
/** File endings Astro runs as endpoints (a file at `<path>`, e.g. `organisations.csv.ts` → `organisations.csv`). */
const ENDPOINT_EXTENSIONS = ['ts', 'js', 'mjs'];
/** Pages Astro writes as a plain file (`404.html`) rather than a folder. */
const ERROR_PAGES = ['404', '500'];

/** Where an entry's page is: `/<lang>/<collection>/<slug>/`, or `/<lang>/<slug>/` for the standalone pages. */
export function entryPath(collection: CollectionName, lang: LocaleCode, slug: string): string {
  return joinUrl('/', lang, collection === 'pages' ? slug : `${collection}/${slug}`);
}

/**
 * The route files under a pages folder, as paths relative to it (`[lang]/guides/[slug].astro`), sorted. Like
 * Astro, files and folders whose name starts with `_` are not routes, nor are type declarations.
 */
export async function readPageFiles(pagesDir: string): Promise<string[]> {
  const names = (await readdir(pagesDir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => `${d.parentPath}/${d.name}`.slice(pagesDir.replace(/\/$/, '').length + 1).replaceAll('\\', '/'));
  return names
    .filter((n) => !n.split('/').some((part) => part.startsWith('_')) && !n.endsWith('.d.ts'))
    .filter((n) => [...PAGE_EXTENSIONS, ...ENDPOINT_EXTENSIONS].includes(n.slice(n.lastIndexOf('.') + 1)))
    .sort();
}

/** Every file under the public folder, as site paths (`/favicon.svg`); the build copies them as they are. */
export async function readPublicFiles(publicDir: string): Promise<string[]> {
  const entries = await readdir(publicDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((d) => d.isFile())
    .map((d) => `${d.parentPath}/${d.name}`.slice(publicDir.replace(/\/$/, '').length).replaceAll('\\', '/'))
    .sort();
}

/**
 * Files the build makes after the pages, which content may link to: each brief that exists in its own
 * language is printed as `/<lang>/briefs/<slug>.pdf` (src/integrations/pdf.ts). The search index, sitemap,
 * headers files and security.txt are not for content to link to and are not listed.
 */
export function generatedFiles(files: readonly SourceFile[]): string[] {
  return files
    .filter((f) => f.collection === 'briefs' && f.locale !== undefined)
    .map((f) => `/${f.locale}/briefs/${f.slug}.pdf`);
}

/** Every citation file the /cite/ route writes, without its extension (see src/lib/findings-citations.ts). */
function citeFilePaths(files: readonly SourceFile[]): string[] {
  return [
    studyFile,
    ...localeCodes.flatMap((lang) =>
      slugsOf(files, 'findings').flatMap((slug) => [
        pageFile(lang, slug),
        ...keyFindingIds(shownFile(files, 'findings', lang, slug)).map((id) => findingFile(lang, slug, id)),
      ]),
    ),
  ];
}

/** Thrown when a page file has a dynamic segment the link check cannot list the values of. */
export class UnknownRouteError extends Error {
  /** @param message names the page file and the segment */
  constructor(message: string) {
    super(message);
    this.name = 'UnknownRouteError';
  }
}

/**
 * The values a dynamic segment takes, as the page's `getStaticPaths` gives them. `before` holds the route's
 * segments before this one, which tell a collection's `[slug]` from another's.
 */
function paramValues(param: string, before: readonly string[], files: readonly SourceFile[], route: string): string[] {
  const previous = before[before.length - 1];
  const organisations = files.filter((f) => f.collection === 'organisations');
  if (param === 'lang') return [...localeCodes];
  if (param === 'page' && before.length === 1) return slugsOf(files, 'pages');
  if (param === 'slug' && previous !== undefined && isLocalizedCollection(previous)) return slugsOf(files, previous);
  if (param === 'id' && previous === 'organisations') return slugsOf(files, 'organisations');
  if (param === 'cc' && previous === 'country') {
    return [...new Set(organisations.flatMap((f) => stringField(f, 'country')?.toLowerCase() ?? []))];
  }
  if (param === 'region' && previous === 'region') return [...regions];
  if (param === 'tag' && previous === 'language') {
    return languagesServed(organisations.map((f) => ({ data: { languages: stringListField(f, 'languages') } }))).map(
      languageSegment,
    );
  }
  if (param === '...file' && before[0] === 'cite') {
    return citeFilePaths(files).flatMap((path) => citeExtensions.map((ext) => `${path}.${ext}`));
  }
  throw new UnknownRouteError(
    `src/pages/${route}: the internal link check does not know which values [${param}] takes; ` +
      'list them in paramValues (src/lib/site-routes.ts), as the page’s getStaticPaths makes them',
  );
}

/** The addresses one page file makes. */
function routeAddresses(route: string, files: readonly SourceFile[]): string[] {
  const ext = route.slice(route.lastIndexOf('.') + 1);
  const isPage = PAGE_EXTENSIONS.includes(ext);
  const segments = route.slice(0, route.length - ext.length - 1).split('/');
  if (isPage && segments[segments.length - 1] === 'index') segments.pop();
  const last = segments[segments.length - 1];
  const errorPage = isPage && last !== undefined && segments.length === 1 && ERROR_PAGES.includes(last);
  let paths: string[][] = [[]];
  segments.forEach((segment, i) => {
    const dynamic = /\[([^\]]+)\]/.exec(segment);
    if (!dynamic) {
      paths = paths.map((p) => [...p, segment]);
      return;
    }
    const values = paramValues(dynamic[1]!, segments.slice(0, i), files, route);
    paths = paths.flatMap((p) => values.map((v) => [...p, segment.replace(dynamic[0], v)]));
  });
  return paths.map((p) => {
    if (errorPage) return `/${p.join('/')}.html`;
    return isPage ? joinUrl('/', ...p) : `/${p.join('/')}`;
  });
}

/**
 * Every address of the built site: each page file's addresses, the public files and the generated files.
 * Throws {@link UnknownRouteError} for a page file whose dynamic segment it cannot list.
 */
export function siteRoutes(
  pageFiles: readonly string[],
  files: readonly SourceFile[],
  publicFiles: readonly string[] = [],
): Set<string> {
  return new Set([
    ...pageFiles.flatMap((route) => routeAddresses(route, files)),
    ...publicFiles,
    ...generatedFiles(files),
  ]);
}
