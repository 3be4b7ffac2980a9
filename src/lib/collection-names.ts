/**
 * The content collections and how their folders are laid out: the one list that src/content.config.ts, the
 * link check, types and reports read. No Astro imports, so scripts and unit tests can use it too.
 */

/** Collections written per language as `<locale>/<slug>.mdx`, in the order reports list them. */
export const localizedCollections = ['guides', 'findings', 'briefs', 'pages'] as const;
/** One collection written per language. */
export type LocalizedCollection = (typeof localizedCollections)[number];

/** Collections with one file per entry for every language (`<id>.yaml`). */
export const flatCollections = ['organisations'] as const;
/** One collection with one file per entry. */
export type FlatCollection = (typeof flatCollections)[number];

/** Every collection, localized ones first. */
export const collectionNames = [...localizedCollections, ...flatCollections] as const;
/** The name of a collection, also its folder under the content root. */
export type CollectionName = (typeof collectionNames)[number];

/** True for a collection written per language; narrows a name read from a URL or a folder. */
export function isLocalizedCollection(name: string): name is LocalizedCollection {
  return (localizedCollections as readonly string[]).includes(name);
}

/**
 * File endings each kind of collection accepts. `.md` is accepted beside `.mdx` so that `x.md` next to
 * `x.mdx` is caught as a duplicate slug rather than loaded twice; likewise `.yml` beside `.yaml`.
 */
export const collectionExtensions = {
  localized: ['mdx', 'md'],
  flat: ['yaml', 'yml'],
} as const;

/** The file endings a collection accepts. */
export function extensionsOf(name: CollectionName): readonly string[] {
  return isLocalizedCollection(name) ? collectionExtensions.localized : collectionExtensions.flat;
}
