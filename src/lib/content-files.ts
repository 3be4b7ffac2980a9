import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isLocaleCode, localeCodes, sourceLocale } from '../i18n/locales';

/** One file found under a collection folder, before any parsing. */
export interface ContentFile {
  /** Path relative to the collection folder, with forward slashes (e.g. `ar/police-encounters.mdx`). */
  path: string;
  /** The file's whole text, to catch empty files before a parser hides them. */
  text: string;
}

/** Every file under a folder, recursively, with its text; hidden files (dot-files) are skipped. */
export async function readFolder(dir: string): Promise<ContentFile[]> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return [];
  }
  const files: ContentFile[] = [];
  for (const name of names.sort()) {
    if (name.split(sep).some((part) => part.startsWith('.'))) continue;
    const full = join(dir, name);
    const text = await readFile(full, 'utf8').catch(() => null);
    if (text === null) continue; // a directory
    files.push({ path: relative(dir, full).split(sep).join('/'), text });
  }
  return files;
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

/** Slugs and ids are English kebab-case, identical in every language, so every language shares one address scheme. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The entry id Astro will give a file: its path without the extension. */
export function entryId(path: string): string {
  return path.replace(/\.[^./]+$/, '');
}

/**
 * Checks the files of one collection before they are parsed: empty files, unknown locale folders,
 * bad slugs, unexpected file types, duplicate slugs, translations without an English original, and code or
 * unsafe markup in translations ({@link translationMarkupProblems}).
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
    if (locale !== undefined && locale !== sourceLocale && (ext === 'mdx' || ext === 'md')) {
      errors.push(...translationMarkupProblems(file.text, where(file)));
    }
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

/** HTML elements a translation may use: inline text semantics only, never anything that loads or runs. */
export const translationHtmlAllowed = ['abbr', 'bdi', 'br', 'sub', 'sup'] as const;
/** Attributes those elements may carry. */
const ALLOWED_ATTRIBUTES = new Set(['lang', 'dir', 'title']);
/** MDX components a translation may use (none yet: translated files carry text, not code). */
export const translationComponentsAllowed: readonly string[] = [];

/** A link target with entities decoded and spaces removed, as a browser would read its scheme. */
function linkScheme(target: string): string {
  const decoded = target
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')
    // eslint-disable-next-line no-control-regex -- browsers drop control characters from a URL's scheme
    .replace(/[\s\u0000-\u001f]+/g, '')
    .toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(decoded)?.[1] ?? '';
}
const BAD_SCHEMES = new Set(['javascript', 'data', 'vbscript']);

/**
 * Translations may come from volunteers, so a non-English MDX file may hold text and Markdown only: no
 * `import`/`export`, no `{expression}`, no component outside {@link translationComponentsAllowed}, no HTML
 * element outside {@link translationHtmlAllowed} (and no attribute on those but lang, dir and title), and no
 * `javascript:`, `data:` or `vbscript:` link. Returns one message per finding with file, line and what was found.
 */
export function translationMarkupProblems(text: string, where: string): string[] {
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  // Skip the front matter: it is YAML, validated by the schema.
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    start = end === -1 ? lines.length : end + 1;
  }
  lines.slice(start).forEach((line, i) => {
    const at = `${where}:${start + i + 1}`;
    if (/^\s*(import|export)\b/.test(line)) problems.push(`${at} (body): "${line.trim()}": import/export is code`);
    for (const m of line.matchAll(/(?<!\\)\{/g)) {
      problems.push(`${at} (body): MDX expression "${line.slice(m.index, m.index + 30)}": write \\{ for a brace`);
    }
    for (const m of line.matchAll(/<(\/?)([A-Za-z][\w.:-]*)([^>]*)>/g)) {
      const [whole, closing, name, rest] = m as unknown as [string, string, string, string];
      if (closing) continue; // reported at the opening tag
      if (/^[a-z][a-z0-9+.-]*:$/i.test(name) || name.includes(':')) {
        // An autolink such as <https://example.org>.
        const scheme = linkScheme(`${name}${rest}`);
        if (BAD_SCHEMES.has(scheme)) problems.push(`${at} (body): ${scheme}: link "${whole}"`);
        continue;
      }
      if (/^[A-Z]/.test(name) || name.includes('.')) {
        if (!translationComponentsAllowed.includes(name)) problems.push(`${at} (body): component <${name}> is code`);
        continue;
      }
      const tag = name.toLowerCase();
      if (tag === 'meta') {
        problems.push(`${at} (body): <meta> element`);
        continue;
      }
      if (!(translationHtmlAllowed as readonly string[]).includes(tag)) {
        problems.push(`${at} (body): HTML element <${tag}> (allowed: ${translationHtmlAllowed.join(', ')})`);
        continue;
      }
      for (const attr of rest.matchAll(/([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
        if (!ALLOWED_ATTRIBUTES.has(attr[1]!.toLowerCase())) {
          problems.push(`${at} (body): attribute "${attr[1]}" on <${tag}> (allowed: lang, dir, title)`);
        }
      }
    }
    for (const m of line.matchAll(/\]\(\s*<?([^)>\s]*)/g)) {
      const scheme = linkScheme(m[1]!);
      if (BAD_SCHEMES.has(scheme)) problems.push(`${at} (body): ${scheme}: link "${m[0]}"`);
    }
    const definition = /^\s*\[[^\]]+\]:\s*<?(\S+)/.exec(line);
    if (definition && BAD_SCHEMES.has(linkScheme(definition[1]!))) {
      problems.push(`${at} (body): ${linkScheme(definition[1]!)}: link "${line.trim()}"`);
    }
  });
  return problems;
}
