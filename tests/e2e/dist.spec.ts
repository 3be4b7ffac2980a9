/** Checks on the built files themselves: what every page could request, and how much it weighs. */
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliSize, mainWords, pageSubresources } from '../../scripts/lib/weight';
import { parseHeadersFile } from '../../src/integrations/headers';
import { inlineHashes } from '../../src/integrations/inline-csp';
import { daysUntilExpiry } from '../../src/integrations/security-txt';
import { DIST, builtHtml, builtPages } from '../site';

/** No reading page (guide, findings, organisation) weighs more than this, brotli, all inline. */
const PAGE_BUDGET = 12 * 1024;
/** A guide of GUIDE_WORDS words weighs at most this, brotli, all inline; a longer one in proportion. */
const GUIDE_BUDGET = 8 * 1024;
const GUIDE_WORDS = 800;

const pages = builtPages();
const tags = (html: string) =>
  [...html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)].map((m) => ({ name: m[1]!.toLowerCase(), attrs: m[2]! }));
const attr = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(attrs)?.[1];
const isRemote = (url: string) => /^(https?:)?\/\//i.test(url.trim());

test('no page references another host, but for the exit link and outbound links', () => {
  const offenders: string[] = [];
  for (const path of pages) {
    for (const { name, attrs } of tags(builtHtml(path))) {
      for (const a of ['src', 'href', 'srcset', 'action', 'poster', 'data', 'formaction', 'background']) {
        const value = attr(attrs, a);
        if (!value || !isRemote(value)) continue;
        const outbound = name === 'a' && /\srel="[^"]*noreferrer/.test(attrs);
        const metadataOnly = name === 'link' && /\srel="(canonical|alternate)"/.test(attrs);
        if (!outbound && !metadataOnly) offenders.push(`${path}: <${name} ${a}="${value}">`);
      }
    }
  }
  expect(offenders).toEqual([]);
});

test('every outbound link carries rel="noreferrer"', () => {
  const offenders = pages.flatMap((path) =>
    tags(builtHtml(path))
      .filter((t) => t.name === 'a' && isRemote(attr(t.attrs, 'href') ?? '') && !/\srel="[^"]*noreferrer/.test(t.attrs))
      .map((t) => `${path}: ${attr(t.attrs, 'href')}`),
  );
  expect(offenders).toEqual([]);
});

test('a link written in Markdown content gets rel="noreferrer" from the build, not by hand', () => {
  expect(readFileSync('content/pages/en/about.mdx', 'utf8')).toContain('[GAATW](https://gaatw.org/)');
  for (const lang of ['en', 'ar', 'zh-hans']) {
    expect(builtHtml(`/${lang}/about/`), lang).toMatch(/<a href="https:\/\/gaatw\.org\/" rel="noreferrer">GAATW<\/a>/);
  }
});

test('no meta refresh and no inline event handler anywhere in the output', () => {
  const files = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => /\.(html|svg|xml)$/.test(f));
  const offenders = files.flatMap((f) => {
    const text = readFileSync(join(DIST, f), 'utf8');
    return [
      ...(/<meta[^>]+http-equiv=["']?refresh/i.test(text) ? [`${f}: meta refresh`] : []),
      ...[...text.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi)].map((m) => `${f}: ${m[0].slice(0, 60)}`),
    ];
  });
  expect(files.length).toBeGreaterThan(100);
  expect(offenders).toEqual([]);
});

test('inline code runs only by hash: each page allows exactly its own, and the headers policy allows them all', () => {
  const header = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'))[0]!.headers.find(
    ([name]) => name === 'Content-Security-Policy',
  )![1];
  const offenders: string[] = [];
  const sheets = new Set<string>();
  for (const path of pages) {
    const html = builtHtml(path);
    const meta = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const { scripts, styles } = inlineHashes(html);
    const listed = [...meta.matchAll(/'sha256-[^']+'/g)].map((m) => m[0]).sort();
    if (listed.join() !== [...scripts, ...styles].sort().join()) offenders.push(`${path}: meta lists other hashes`);
    for (const h of [...scripts, ...styles]) if (!header.includes(h)) offenders.push(`${path}: ${h} not in headers`);
    if (/\sstyle="/.test(html)) offenders.push(`${path}: style attribute`);
    styles.forEach((h) => sheets.add(h));
  }
  expect(offenders).toEqual([]);
  // One shared stylesheet (the map page adds its own): the same bytes, cached by nothing, checked once.
  expect(sheets.size).toBeLessThanOrEqual(2);
});

test('no web font: no @font-face and no font file in the build', () => {
  const files = readdirSync(DIST, { recursive: true }) as string[];
  expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
  const css = files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(DIST, f), 'utf8'));
  for (const sheet of css) {
    expect(sheet).not.toMatch(/@font-face/);
    expect(sheet).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
  }
});

/** Guides, findings and organisation pages: what a reader opens from a shared link on a slow phone. */
const readingPages = pages.filter(
  (p) => /^\/[^/]+\/(guides|findings|organisations)\/[^/]+\/$/.test(p) && !/\/(booklet|key-facts|map)\/$/.test(p),
);

test('a guide, a findings page and an organisation page arrive in one request: nothing else to fetch', () => {
  expect(readingPages.length).toBeGreaterThan(100);
  const offenders = readingPages.flatMap((path) => pageSubresources(builtHtml(path)).map((url) => `${path}: ${url}`));
  expect(offenders).toEqual([]);
});

test(`reading pages weigh ≤ ${PAGE_BUDGET} bytes brotli, and a guide ≤ ${GUIDE_BUDGET} per ${GUIDE_WORDS} words`, () => {
  const over: string[] = [];
  for (const path of readingPages) {
    const html = builtHtml(path);
    const size = brotliSize(html);
    const isGuide = path.split('/')[2] === 'guides';
    const words = isGuide ? mainWords(html) : 0;
    const budget = isGuide ? Math.min(PAGE_BUDGET, GUIDE_BUDGET * Math.max(1, words / GUIDE_WORDS)) : PAGE_BUDGET;
    if (size > budget)
      over.push(`${path}: ${size} bytes (${words ? `${words} words, ` : ''}budget ${Math.round(budget)})`);
  }
  expect(over).toEqual([]);
});

test('content pages need no JavaScript to be read: the text is in the HTML', () => {
  for (const path of pages.filter((p) => /\/(guides|findings|briefs|organisations)\/[^/]+\/$/.test(p))) {
    expect(builtHtml(path), path).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
  }
});

test('every page asks for no referrer and carries a CSP without unsafe-inline or unsafe-eval', () => {
  for (const path of pages) {
    const html = builtHtml(path);
    expect(html, path).toContain('<meta name="referrer" content="no-referrer">');
    const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, path).toBeTruthy();
    expect(csp, path).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    expect(csp!.includes('wasm-unsafe-eval'), path).toBe(/^\/[^/]+\/search\/$/.test(path));
  }
});

test('security.txt is published with a contact and expires at least 30 days from now', () => {
  const text = readFileSync(join(DIST, '.well-known', 'security.txt'), 'utf8');
  // https or mailto in production; the test build's SITE_URL is the local test server.
  expect(text).toMatch(/^Contact: (https:|mailto:|http:\/\/127\.0\.0\.1:)\S+$/m);
  expect(text).toMatch(/^Canonical: (https:|http:\/\/127\.0\.0\.1:)\S+\/\.well-known\/security\.txt$/m);
  expect(daysUntilExpiry(text, new Date())).toBeGreaterThanOrEqual(30);
});

test('every link to a page of this site resolves, anchors included', () => {
  const exists = (path: string) => {
    const clean = decodeURIComponent(path);
    return clean.endsWith('/') ? existsSync(join(DIST, clean, 'index.html')) : existsSync(join(DIST, clean));
  };
  const broken: string[] = [];
  for (const path of pages) {
    const html = builtHtml(path);
    for (const { name, attrs } of tags(html)) {
      if (name !== 'a') continue;
      const href = attr(attrs, 'href');
      if (!href || isRemote(href) || /^(mailto|tel|sms|data|javascript):/i.test(href)) continue;
      const url = new URL(href.replace(/&amp;/g, '&'), `http://site${path}`);
      if (!exists(url.pathname)) {
        broken.push(`${path} → ${href}`);
        continue;
      }
      if (url.hash && url.hash !== '#main') {
        const target = url.pathname === path ? html : builtHtml(url.pathname);
        if (!target.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`))
          broken.push(`${path} → ${href} (no anchor)`);
      }
    }
  }
  expect(broken).toEqual([]);
});
