import type { CollectionName } from './collection-names';

/** The sections of the site that hold collections; also the search filter values. */
export const sections = ['guides', 'findings', 'organisations', 'briefs'] as const satisfies readonly CollectionName[];
/** One of the collection sections. */
export type Section = (typeof sections)[number];

/**
 * Joins a base and path segments into a site URL with exactly one slash between parts and a trailing
 * slash for pages (our URL contract), or none when the last segment is a file such as `x.pdf`. Pages and
 * components reach it through `siteUrls` (src/lib/locale-paths.ts), bound to the build's base.
 */
export function joinUrl(base: string, ...segments: string[]): string {
  const parts = segments.flatMap((s) => s.split('/')).filter(Boolean);
  const root = base.endsWith('/') ? base : `${base}/`;
  if (parts.length === 0) return root;
  const last = parts[parts.length - 1]!;
  const isFile = /\.[a-z0-9]+$/i.test(last);
  return `${root}${parts.join('/')}${isFile ? '' : '/'}`;
}
