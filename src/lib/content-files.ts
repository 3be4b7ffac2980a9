import { isLocaleCode, localeCodes, sourceLocale } from '../i18n/locales';

/** One file found under a collection folder, before any parsing. */
export interface ContentFile {
  /** Path relative to the collection folder, with forward slashes (e.g. `ar/police-encounters.mdx`). */
  path: string;
  /** The file's whole text, to catch empty files before a parser hides them. */
  text: string;
}

/** How a collection's folder is laid out. */
export interface FolderRules {
  /** Collection folder as the editor sees it (e.g. `content/guides`), used in every message. */
  dir: string;
  /** True for `<lang>/<slug>.<ext>` collections, false for flat `<id>.<ext>` ones (organisations). */
  localized: boolean;
  /** File endings allowed in this collection, without the dot. */
  extensions: readonly string[];
  /** Slugs this collection may not use because a route of the site already has that URL. */
  reserved?: readonly string[];
}

/** Slugs and ids are English kebab-case, identical in every language (DESIGN.md convention 1). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The entry id Astro will give a file: its path without the extension. */
export function entryId(path: string): string {
  return path.replace(/\.[^./]+$/, '');
}

/**
 * Checks the files of one collection before they are parsed: empty files, unknown locale folders,
 * bad slugs, unexpected file types, duplicate slugs and translations without an English original.
 * Returns one message per problem, each naming the file and the field; an empty list means all is well.
 */
export function checkContentFiles(files: readonly ContentFile[], rules: FolderRules): string[] {
  const errors: string[] = [];
  const seen = new Map<string, string>();
  const where = (f: ContentFile) => `${rules.dir}/${f.path}`;

  for (const file of files) {
    const parts = file.path.split('/');
    const ext = file.path.includes('.') ? file.path.slice(file.path.lastIndexOf('.') + 1) : '';
    if (!rules.extensions.includes(ext)) {
      errors.push(
        `${where(file)} (file type): ".${ext}" is not allowed here; use ${rules.extensions.map((e) => `.${e}`).join(' or ')}`,
      );
      continue;
    }
    if (file.text.trim() === '') {
      errors.push(`${where(file)} (file): the file is empty`);
      continue;
    }
    if (rules.localized && parts.length !== 2) {
      errors.push(`${where(file)} (locale): files go in <locale>/<slug>.${ext}, one folder deep`);
      continue;
    }
    if (!rules.localized && parts.length !== 1) {
      errors.push(`${where(file)} (id): files go directly in ${rules.dir}/, no sub-folders`);
      continue;
    }
    const locale = rules.localized ? parts[0]! : undefined;
    if (locale !== undefined && !isLocaleCode(locale)) {
      errors.push(`${where(file)} (locale): unknown locale folder "${locale}"; known: ${localeCodes.join(', ')}`);
      continue;
    }
    const slug = entryId(parts[parts.length - 1]!);
    if (!SLUG.test(slug)) {
      errors.push(`${where(file)} (slug): "${slug}" must be English kebab-case (a-z, 0-9, hyphens)`);
      continue;
    }
    if (rules.reserved?.includes(slug)) {
      errors.push(`${where(file)} (slug): "${slug}" is reserved: the site already has a page at that address`);
      continue;
    }
    const id = entryId(file.path);
    const twin = seen.get(id);
    if (twin) {
      errors.push(`${where(file)} (slug): duplicate slug "${id}", also used by ${rules.dir}/${twin}`);
      continue;
    }
    seen.set(id, file.path);
  }

  if (rules.localized) {
    for (const [id, path] of seen) {
      const [locale, slug] = id.split('/');
      if (locale !== sourceLocale && !seen.has(`${sourceLocale}/${slug}`)) {
        errors.push(
          `${rules.dir}/${path} (slug): translation of "${slug}" has no English original at ${rules.dir}/${sourceLocale}/${slug}.*`,
        );
      }
    }
  }
  return errors;
}

/** Thrown when content is wrong; the message lists every problem so an editor can fix them in one pass. */
export class ContentError extends Error {
  /** @param problems one line per problem, each naming file and field */
  constructor(problems: readonly string[]) {
    super(`Content errors (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}
