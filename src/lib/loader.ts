import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { checkContentFiles, ContentError, entryId, readFolder, type FolderRules } from './content-files';
import { sourceLocale } from '../i18n/locales';
import { env } from '../env';
import { extensionsOf, isLocalizedCollection, type CollectionName, type FlatCollection } from './collection-names';
import { internalLinkProblems } from './internal-links';
import { readSiteContent } from './site-content';
import { readPageFiles, readPublicFiles, siteRoutes } from './site-routes';

/** Root of all editable content; tests point it at fixtures to prove bad input stops the build. */
export const contentRoot = env.contentDir;

/** A field that names entries of another collection (e.g. a finding's `organisations`). */
interface ReferenceRule {
  /** Front-matter field holding one id or a list of ids. */
  field: string;
  /** The flat collection folder (under the content root) whose file names are the valid ids. */
  collection: FlatCollection;
}

/** One loaded entry as a collection-wide check sees it: its file, id and validated data. */
export interface LoadedEntry<D> {
  /** The file as an editor finds it (e.g. `content/organisations/sweat.yaml`). */
  file: string;
  /** The entry id. */
  id: string;
  /** The data, as the collection's schema has validated it. */
  data: D;
}

/** A check over all of a collection's entries at once (e.g. duplicates); returns one message per problem. */
export type CollectionCheck<D> = (entries: readonly LoadedEntry<D>[]) => string[];

/** Options for {@link checkedGlob}. */
interface CheckedGlobOptions<D> {
  /**
   * Folder name under the content root, also the collection name in messages; whether it is localized
   * (`<lang>/<slug>`) or flat (`<id>`), and its file endings, follow from src/lib/collection-names.ts.
   */
  collection: CollectionName;
  /** Reference fields checked against another collection's ids. */
  references?: readonly ReferenceRule[];
  /** Slugs taken by other routes (for collections served at `/<lang>/<slug>/`). */
  reserved?: readonly string[];
  /** Checks that need every entry of the collection, run once they are all loaded and validated. */
  checks?: readonly CollectionCheck<D>[];
}

/** Ids a reference may point at: the file names of a flat collection. */
async function idsOf(collection: string): Promise<Set<string>> {
  const files = await readFolder(join(contentRoot, collection));
  return new Set(files.map((f) => entryId(f.path)));
}

/** The id a reference value carries, whether Zod's `reference()` has transformed it yet or not. */
function refId(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'id' in value) return String(value.id);
  return String(value);
}

/**
 * Every broken link from this collection's files to a page of the site. The site's addresses come from the
 * page files and the content of every collection, read from disk (see src/lib/site-content.ts for why).
 */
async function linkProblems(collection: CollectionName, config: LoaderContext['config']): Promise<string[]> {
  const files = await readSiteContent(contentRoot);
  const pageFiles = await readPageFiles(fileURLToPath(new URL('pages/', config.srcDir)));
  const routes = siteRoutes(pageFiles, files, await readPublicFiles(fileURLToPath(config.publicDir)));
  const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
  const origin = new URL(config.site ?? 'http://localhost').origin;
  return internalLinkProblems(collection, { routes, files, address: { origin, base } });
}

/**
 * Astro's glob loader, guarded: before loading it checks the folder's files (empty, unknown locale,
 * duplicates, orphan translations); after, it checks that translations say what they were made from, that
 * references resolve, that links to pages of this site lead to pages it builds, and the collection's own
 * `checks`. Any problem stops the build with the file and field named.
 */
export function checkedGlob<D = Record<string, unknown>>(options: CheckedGlobOptions<D>): Loader {
  const dir = join(contentRoot, options.collection);
  const localized = isLocalizedCollection(options.collection);
  const extensions = extensionsOf(options.collection);
  const rules: FolderRules = { dir, localized, extensions, reserved: options.reserved };
  const inner = glob({
    base: dir,
    pattern: extensions.map((ext) => `**/*.${ext}`),
    generateId: ({ entry }) => entryId(entry),
  });
  return {
    name: 'checked-glob',
    load: async (context) => {
      const problems = checkContentFiles(await readFolder(dir), rules);
      if (problems.length) throw new ContentError(problems);
      await inner.load(context);

      const late: string[] = [];
      const targets = new Map<string, Set<string>>();
      for (const rule of options.references ?? []) targets.set(rule.collection, await idsOf(rule.collection));
      const loaded: LoadedEntry<D>[] = [];
      for (const entry of context.store.values()) {
        const file = entry.filePath ?? `${dir}/${entry.id}`;
        // The store holds what the collection's schema returned, so the data has the schema's output type.
        loaded.push({ file, id: entry.id, data: entry.data as D });
        if (localized && !entry.id.startsWith(`${sourceLocale}/`) && !entry.data.translation) {
          late.push(
            `${file} (translation): a translation must say its status and the English source hash it was made from`,
          );
        }
        for (const rule of options.references ?? []) {
          const raw = entry.data[rule.field];
          const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
          for (const value of values) {
            const id = refId(value);
            if (!targets.get(rule.collection)!.has(id)) {
              late.push(`${file} (${rule.field}): unknown ${rule.collection} id "${id}"`);
            }
          }
        }
      }
      for (const check of options.checks ?? []) late.push(...check(loaded));
      late.push(...(await linkProblems(options.collection, context.config)));
      if (late.length) throw new ContentError(late);
    },
  };
}
