import { join } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { checkContentFiles, ContentError, entryId, type FolderRules } from './content-files';
import { sourceLocale } from '../i18n/locales';
import { readFolder } from './content-fs';
import { env } from '../env';

/** Root of all editable content; tests point it at fixtures to prove bad input stops the build. */
export const contentRoot = env.contentDir;

/** A field that names entries of another collection (e.g. a finding's `organisations`). */
interface ReferenceRule {
  /** Front-matter field holding one id or a list of ids. */
  field: string;
  /** The flat collection folder (under the content root) whose file names are the valid ids. */
  collection: string;
}

/** Options for {@link checkedGlob}. */
interface CheckedGlobOptions {
  /** Folder name under the content root, also the collection name in messages. */
  collection: string;
  /** Localized (`<lang>/<slug>`) or flat (`<id>`). */
  localized: boolean;
  /** Allowed file endings. */
  extensions: readonly string[];
  /** Reference fields checked against another collection's ids. */
  references?: readonly ReferenceRule[];
  /** Slugs taken by other routes (for collections served at `/<lang>/<slug>/`). */
  reserved?: readonly string[];
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
 * Astro's glob loader, guarded: before loading it checks the folder's files (empty, unknown locale,
 * duplicates, orphan translations); after, it checks that translations say what they were made from and
 * that references resolve. Any problem stops the build with the file and field named.
 */
export function checkedGlob(options: CheckedGlobOptions): Loader {
  const dir = join(contentRoot, options.collection);
  const rules: FolderRules = {
    dir,
    localized: options.localized,
    extensions: options.extensions,
    reserved: options.reserved,
  };
  const inner = glob({
    base: dir,
    pattern: options.extensions.map((ext) => `**/*.${ext}`),
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
      for (const entry of context.store.values()) {
        const file = entry.filePath ?? `${dir}/${entry.id}`;
        if (options.localized && !entry.id.startsWith(`${sourceLocale}/`) && !entry.data.translation) {
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
      if (late.length) throw new ContentError(late);
    },
  };
}
