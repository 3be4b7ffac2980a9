/**
 * Every content file of the site, read from disk with its front matter parsed: what the internal link check
 * needs to know which pages the build will make and what links each file holds. Read straight from the
 * folders rather than from Astro's store, because each collection's loader runs on its own (in parallel, or
 * alone when `astro dev` reloads one) and still has to see every other collection.
 */
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { isLocaleCode, localeCodes, sourceLocale, type LocaleCode } from '../i18n/locales';
import { collectionNames, extensionsOf, isLocalizedCollection, type CollectionName } from './collection-names';
import { entryId, readFolder } from './content-files';

/** One content file, parsed as far as the link check needs. */
export interface SourceFile {
  /** The collection it belongs to. */
  collection: CollectionName;
  /** The file as an editor finds it (e.g. `content/guides/en/police.mdx`), used in every message. */
  file: string;
  /** The entry id Astro gives it: `<locale>/<slug>`, or `<id>` in a flat collection. */
  id: string;
  /** The locale folder it is in; undefined in a flat collection. */
  locale: LocaleCode | undefined;
  /** The slug (localized) or id (flat) shared by every language. */
  slug: string;
  /**
   * Front matter (the whole YAML document in a flat collection), or undefined when it does not parse: the
   * collection's loader reports that with its own message.
   */
  data: Record<string, unknown> | undefined;
  /** The Markdown/MDX body, its front matter replaced by empty lines so line numbers match the file; '' for YAML. */
  body: string;
}

/** Parses one file; front matter that does not parse leaves `data` undefined. */
function parseFile(collection: CollectionName, text: string): Pick<SourceFile, 'data' | 'body'> {
  try {
    if (!isLocalizedCollection(collection)) {
      const data: unknown = parse(text);
      return {
        data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined,
        body: '',
      };
    }
    const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
    return { data: frontmatter, body: content };
  } catch {
    return { data: undefined, body: isLocalizedCollection(collection) ? text : '' };
  }
}

/**
 * Every file of every collection under `root` that the loaders would load: allowed file ending, and for a
 * localized collection a known locale folder one level deep. Files the folder checks reject are left out
 * here; their own collection's loader stops the build on them.
 */
export async function readSiteContent(root: string): Promise<SourceFile[]> {
  const all: SourceFile[] = [];
  for (const collection of collectionNames) {
    const dir = join(root, collection);
    for (const f of await readFolder(dir)) {
      const ext = f.path.slice(f.path.lastIndexOf('.') + 1);
      if (!f.path.includes('.') || !extensionsOf(collection).includes(ext)) continue;
      const id = entryId(f.path);
      const parts = id.split('/');
      const localized = isLocalizedCollection(collection);
      const first = parts[0]!;
      if (localized ? parts.length !== 2 || !isLocaleCode(first) : parts.length !== 1) continue;
      const locale = localized && isLocaleCode(first) ? first : undefined;
      all.push({
        collection,
        file: `${dir}/${f.path}`,
        id,
        locale,
        slug: parts[parts.length - 1]!,
        ...parseFile(collection, f.text),
      });
    }
  }
  return all;
}

/** The slugs of a collection's English originals (localized) or its ids (flat), sorted: one page per locale each. */
export function slugsOf(files: readonly SourceFile[], collection: CollectionName): string[] {
  const own = files.filter((f) => f.collection === collection);
  const originals = isLocalizedCollection(collection) ? own.filter((f) => f.locale === sourceLocale) : own;
  return [...new Set(originals.map((f) => f.slug))].sort();
}

/**
 * The file whose text a page shows: in a localized collection the translation into `lang`, or the English
 * original standing in for it (as src/lib/localized.ts decides); the one file in a flat collection.
 */
export function shownFile(
  files: readonly SourceFile[],
  collection: CollectionName,
  lang: LocaleCode,
  slug: string,
): SourceFile | undefined {
  const own = files.filter((f) => f.collection === collection && f.slug === slug);
  if (!isLocalizedCollection(collection)) return own[0];
  return own.find((f) => f.locale === lang) ?? own.find((f) => f.locale === sourceLocale);
}

/**
 * The locales in whose URLs a file's text appears: its own, plus, for an English original, every locale
 * without a translation of it (the English stands in there); every locale for a flat collection's entry.
 */
export function shownIn(files: readonly SourceFile[], file: SourceFile): LocaleCode[] {
  if (file.locale === undefined) return [...localeCodes];
  if (file.locale !== sourceLocale) return [file.locale];
  const translated = new Set(
    files.filter((f) => f.collection === file.collection && f.slug === file.slug).map((f) => f.locale),
  );
  return localeCodes.filter((lang) => lang === sourceLocale || !translated.has(lang));
}

/** The ids of a findings file's key findings (`keyFindings[].id`), the anchors `#finding-<id>` on its page. */
export function keyFindingIds(file: SourceFile | undefined): string[] {
  const list = file?.data?.keyFindings;
  if (!Array.isArray(list)) return [];
  return list.flatMap((k: unknown) =>
    typeof k === 'object' && k !== null && 'id' in k && typeof k.id === 'string' ? [k.id] : [],
  );
}

/** A string field of a flat entry's data, or undefined when it is missing or not a string. */
export function stringField(file: SourceFile, field: string): string | undefined {
  const value = file.data?.[field];
  return typeof value === 'string' ? value : undefined;
}

/** A list-of-strings field of a flat entry's data; non-strings are left to the schema to report. */
export function stringListField(file: SourceFile, field: string): string[] {
  const value = file.data?.[field];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
