/**
 * Links in content to pages of this site must lead somewhere: every Markdown/MDX link in a body and every
 * link-valued front-matter field, in every collection and language, is resolved as the reader's browser
 * would resolve it on each page the text appears on, and checked against the addresses the build writes
 * (src/lib/site-routes.ts). A `#finding-<id>` anchor must name a key finding of the findings page it points
 * at. Links to other sites are not this check's business.
 */
import { isLocaleCode, sourceLocale } from '../i18n/locales';
import type { SiteAddress } from './locale-paths';
import { entryPath } from './site-routes';
import { keyFindingIds, shownFile, shownIn, slugsOf, type SourceFile } from './site-content';

/** A link written in a file's body, with the line it is on. */
export interface BodyLink {
  /** The destination as written. */
  href: string;
  /** 1-based line in the file. */
  line: number;
}

/** A link held by a front-matter field. */
export interface FieldLink {
  /** Path of the field, as schema messages write it (e.g. `sources.0.url`). */
  field: string;
  /** The value. */
  href: string;
}

/** Replaces every character but line breaks with a space, so offsets and line numbers stay as they were. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * The body with everything that is not running text blanked out: fenced code blocks, code spans, HTML
 * comments and MDX comments. A link-like string in code is an example, not a link.
 */
function withoutCode(body: string): string {
  const lines = body.split('\n');
  let fence: { char: string; length: number } | undefined;
  const prose = lines.map((line) => {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (closing && closing[1]![0] === fence.char && closing[1]!.length >= fence.length) fence = undefined;
      return blank(line);
    }
    if (opening) {
      fence = { char: opening[1]![0]!, length: opening[1]!.length };
      return blank(line);
    }
    return line;
  });
  return prose
    .join('\n')
    .replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

/** True when the character at `index` is escaped by an odd number of backslashes. */
function isEscaped(text: string, index: number): boolean {
  let slashes = 0;
  for (let j = index - 1; j >= 0 && text[j] === '\\'; j--) slashes++;
  return slashes % 2 === 1;
}

/**
 * True when the `]` at `close` ends link text: an unescaped `[` opens it, brackets between balance, and no
 * blank line (a paragraph break) comes between. `\[not a link](x)` is text.
 */
function closesLinkText(text: string, close: number): boolean {
  let depth = 0;
  for (let j = close - 1; j >= 0; j--) {
    if (text[j] === '\n' && text.slice(text.lastIndexOf('\n', j - 1) + 1, j).trim() === '') return false;
    if (isEscaped(text, j)) continue;
    if (text[j] === ']') depth++;
    if (text[j] === '[') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** The destination of an inline link starting at `start` (just after `](`), or undefined when there is none. */
function destinationAt(text: string, start: number): string | undefined {
  let i = start;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === '\n') i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === '<') {
    const end = text.indexOf('>', i);
    const inner = end === -1 ? '' : text.slice(i + 1, end);
    return end === -1 || inner.includes('\n') ? undefined : inner;
  }
  let depth = 0;
  let href = '';
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
      href += text[++i];
      continue;
    }
    if (/\s/.test(c)) break;
    if (c === '(') depth++;
    if (c === ')' && depth-- === 0) break;
    href += c;
  }
  return href;
}

/**
 * Every link in a Markdown/MDX body: inline links and images `[text](dest)`, reference definitions
 * `[ref]: dest`, autolinks `<scheme:…>`, and `href` attributes of HTML or JSX elements (string values only).
 * Links inside code are skipped. `body` is the file's text with the front matter blanked, so lines match.
 */
export function bodyLinks(body: string): BodyLink[] {
  const text = withoutCode(body);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
    return line + 1;
  };
  const links: { href: string; offset: number }[] = [];
  for (const m of text.matchAll(/\]\(/g)) {
    if (isEscaped(text, m.index) || !closesLinkText(text, m.index)) continue;
    const href = destinationAt(text, m.index + 2);
    if (href) links.push({ href, offset: m.index });
  }
  for (const m of text.matchAll(/^ {0,3}\[(?:[^\]\\\n]|\\.)+\]:[ \t]*\n?[ \t]*(<[^>\n]*>|\S+)/gm)) {
    links.push({ href: m[1]!.replace(/^<(.*)>$/, '$1'), offset: m.index });
  }
  for (const m of text.matchAll(/<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi)) links.push({ href: m[1]!, offset: m.index });
  for (const m of text.matchAll(
    /<[A-Za-z][^<>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(["'`])((?:(?!\3)[^\n])*)\3\s*\})/g,
  )) {
    links.push({ href: m[1] ?? m[2] ?? m[4]!, offset: m.index });
  }
  return links
    .filter((l) => l.href.trim() !== '')
    .sort((a, b) => a.offset - b.offset)
    .map((l) => ({ href: l.href, line: lineAt(l.offset) }));
}

/** True for a value that can only be meant as a link: an address with no spaces, site-relative or absolute. */
function looksLikeLink(value: string): boolean {
  return /^\S+$/.test(value) && /^(\/|\.\.?\/|#|[a-z][a-z0-9+.-]*:\/\/)/i.test(value);
}

/** Every link-valued field of front matter (any depth: `sources.0.url`), whatever the collection's schema. */
export function frontMatterLinks(data: unknown, path: readonly (string | number)[] = []): FieldLink[] {
  if (typeof data === 'string') return looksLikeLink(data) ? [{ field: path.join('.'), href: data }] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => frontMatterLinks(item, [...path, i]));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => frontMatterLinks(value, [...path, key]));
  }
  return [];
}

/** What the check knows of the site: its addresses, its content, and where it is published. */
export interface LinkContext {
  /** Every address the build writes (see `siteRoutes`). */
  routes: ReadonlySet<string>;
  /** Every content file. */
  files: readonly SourceFile[];
  /** Where the site is published, to tell its own absolute addresses from other sites'. */
  address: SiteAddress;
}

/** Placeholder origin for resolving relative links against a page path. */
const LOCAL = 'http://site.invalid';
/** The anchor a key finding has on its findings page. */
const FINDING_ANCHOR = '#finding-';

/**
 * What is wrong with one link on the page at `at` (a site path), or undefined when it leads to an address
 * the site builds, or leaves the site.
 */
export function linkProblem(href: string, at: string, context: LinkContext): string | undefined {
  const written = href.trim();
  let url: URL;
  try {
    if (/^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith('//')) {
      const absolute = new URL(written, context.address.origin);
      const own = new URL(context.address.origin);
      if (!/^https?:$/.test(absolute.protocol) || absolute.host !== own.host) return undefined;
      const { base } = context.address;
      const path = absolute.pathname.startsWith(base) ? `/${absolute.pathname.slice(base.length)}` : absolute.pathname;
      url = new URL(`${path}${absolute.search}${absolute.hash}`, LOCAL);
    } else {
      url = new URL(written, `${LOCAL}${at}`);
    }
  } catch {
    return `link "${href}" is not a valid address`;
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return `link "${href}" is not a valid address`;
  }
  if (!context.routes.has(path)) {
    const withSlash = `${path}/`;
    if (context.routes.has(withSlash)) {
      return `link "${href}" leads to ${path}, which this site does not build; page addresses end with a slash: ${withSlash}`;
    }
    return `link "${href}" leads to ${path}, which this site does not build`;
  }
  if (!url.hash.startsWith(FINDING_ANCHOR)) return undefined;
  const id = decodeURIComponent(url.hash.slice(FINDING_ANCHOR.length));
  const findingsPage = /^\/([^/]+)\/findings\/([^/]+)\/$/.exec(path);
  const lang = findingsPage?.[1];
  const slug = findingsPage?.[2];
  if (!lang || !isLocaleCode(lang) || !slug || !slugsOf(context.files, 'findings').includes(slug)) {
    return `link "${href}": only findings pages have #finding- anchors, and ${path} is not one`;
  }
  const ids = keyFindingIds(shownFile(context.files, 'findings', lang, slug));
  if (ids.includes(id)) return undefined;
  const known = ids.length ? `its key findings: ${ids.join(', ')}` : 'it has no key findings';
  return `link "${href}": ${path} has no key finding "${id}" (${known})`;
}

/**
 * Every broken internal link in the files of one collection, one message per link naming the file (and line
 * for the body), the field (`body` or the front-matter field) and the link. A link is checked on each page
 * the text appears on; when it only breaks where an English original stands in for a missing translation,
 * the message says on which page.
 */
export function internalLinkProblems(collection: string, context: LinkContext): string[] {
  const problems: string[] = [];
  for (const file of context.files.filter((f) => f.collection === collection)) {
    const pages = shownIn(context.files, file).map((lang) => ({
      lang,
      at: entryPath(file.collection, lang, file.slug),
    }));
    const check = (href: string, where: string) => {
      for (const { lang, at } of pages) {
        const problem = linkProblem(href, at, context);
        if (!problem) continue;
        const own = lang === (file.locale ?? sourceLocale);
        problems.push(
          `${where}: ${problem}${own ? '' : ` (on ${at}, where this English text stands in for a missing translation)`}`,
        );
        return;
      }
    };
    for (const link of bodyLinks(file.body)) check(link.href, `${file.file}:${link.line} (body)`);
    for (const link of frontMatterLinks(file.data ?? {})) check(link.href, `${file.file} (${link.field})`);
  }
  return problems;
}
