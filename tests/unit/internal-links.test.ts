import { describe, expect, it } from 'vitest';
import {
  bodyLinks,
  frontMatterLinks,
  internalLinkProblems,
  linkProblem,
  type LinkContext,
} from '../../src/lib/internal-links';
import { collectionNames } from '../../src/lib/collection-names';
import { readSiteContent, type SourceFile } from '../../src/lib/site-content';
import { entryPath, readPageFiles, readPublicFiles, siteRoutes, UnknownRouteError } from '../../src/lib/site-routes';

/** A content file as the check reads it. */
function file(
  collection: SourceFile['collection'],
  id: string,
  data: Record<string, unknown> = {},
  body = '',
): SourceFile {
  const [first, second] = id.split('/');
  const locale = second === undefined ? undefined : (first as SourceFile['locale']);
  return { collection, file: `content/${collection}/${id}.mdx`, id, locale, slug: second ?? first!, data, body };
}

const files = [
  file('guides', 'en/police'),
  file('guides', 'es/police'),
  file('findings', 'en/canada', { keyFindings: [{ id: 'canada-law' }, { id: 'canada-police' }] }),
  file('findings', 'fr/canada', { keyFindings: [{ id: 'canada-law' }] }),
  file('briefs', 'en/policing'),
  file('pages', 'en/about'),
  {
    ...file('organisations', 'sweat', { country: 'ZA', languages: ['en', 'zh-Hans'] }),
    file: 'content/organisations/sweat.yaml',
  },
];
const pageFiles = [
  '404.astro',
  'index.astro',
  '[lang]/index.astro',
  '[lang]/[page].astro',
  '[lang]/guides/index.astro',
  '[lang]/organisations/index.astro',
  '[lang]/guides/[slug].astro',
  '[lang]/findings/[slug].astro',
  '[lang]/findings/key-facts.astro',
  '[lang]/briefs/[slug].astro',
  '[lang]/organisations/[id].astro',
  '[lang]/organisations/country/[cc].astro',
  '[lang]/organisations/region/[region].astro',
  '[lang]/organisations/language/[tag].astro',
  '[lang]/press.astro',
  '[lang]/rss.xml.ts',
  'cite/[...file].ts',
  'data/organisations.csv.ts',
];
const routes = siteRoutes(pageFiles, files, ['/favicon.svg']);
const context: LinkContext = { routes, files, address: { origin: 'https://rights.example.org', base: '/' } };

describe('bodyLinks', () => {
  it('finds inline links, images, reference definitions, autolinks and href attributes, with their lines', () => {
    const body = [
      '',
      'See [the guide](../police/ "Police") and ![a map](/favicon.svg).',
      '[ref]: </en/about/>',
      '<https://rights.example.org/en/press/> and <a href="/en/press/">press</a>',
      '<Card href={"/en/guides/"} />',
    ].join('\n');
    expect(bodyLinks(body)).toEqual([
      { href: '../police/', line: 2 },
      { href: '/favicon.svg', line: 2 },
      { href: '/en/about/', line: 3 },
      { href: 'https://rights.example.org/en/press/', line: 4 },
      { href: '/en/press/', line: 4 },
      { href: '/en/guides/', line: 5 },
    ]);
  });
  it('keeps balanced parentheses and escapes in a destination, and spans lines in the text', () => {
    expect(bodyLinks('[a\nb](/x_(y)/) \\[not](/z/)')).toEqual([{ href: '/x_(y)/', line: 2 }]);
  });
  it('skips links in code spans, fenced code and comments', () => {
    const body = ['`[a](/one/)`', '```md', '[b](/two/)', '```', '{/* [c](/three/) */}', '[d](/four/)'].join('\n');
    expect(bodyLinks(body)).toEqual([{ href: '/four/', line: 6 }]);
  });
});

describe('frontMatterLinks', () => {
  it('finds link-valued fields at any depth, and leaves text alone', () => {
    const data = { title: 'A / B', sources: [{ title: 'x', url: 'https://example.org/' }, { url: '/en/press/' }] };
    expect(frontMatterLinks(data)).toEqual([
      { field: 'sources.0.url', href: 'https://example.org/' },
      { field: 'sources.1.url', href: '/en/press/' },
    ]);
  });
});

describe('siteRoutes', () => {
  it('derives every address from the page files and the content', () => {
    for (const path of [
      '/',
      '/404.html',
      '/en/',
      '/th/about/',
      '/en/guides/',
      '/ar/guides/police/',
      '/fr/findings/key-facts/',
      '/en/organisations/sweat/',
      '/en/organisations/country/za/',
      '/en/organisations/region/africa/',
      '/en/organisations/language/zh-hans/',
      '/es/rss.xml',
      '/cite/study.bib',
      '/cite/fr/canada.ris',
      '/cite/fr/canada/canada-law.json',
      '/cite/en/canada/canada-police.json',
      '/data/organisations.csv',
      '/en/briefs/policing.pdf',
      '/favicon.svg',
    ]) {
      expect(routes.has(path), path).toBe(true);
    }
    expect(routes.has('/cite/fr/canada/canada-police.json')).toBe(false);
    expect(routes.has('/es/briefs/policing.pdf')).toBe(false);
  });
  it('stops on a dynamic segment it cannot list', () => {
    expect(() => siteRoutes(['[lang]/events/[when].astro'], files)).toThrow(UnknownRouteError);
    expect(() => siteRoutes(['[lang]/events/[when].astro'], files)).toThrow(
      /src\/pages\/\[lang\]\/events\/\[when\]\.astro.*\[when\]/,
    );
  });
  it('places entries where their routes are', () => {
    expect(entryPath('pages', 'es', 'about')).toBe('/es/about/');
    expect(entryPath('guides', 'es', 'police')).toBe('/es/guides/police/');
    expect(routes.has(entryPath('organisations', 'hi', 'sweat'))).toBe(true);
  });
});

describe('linkProblem', () => {
  const at = '/en/guides/police/';
  it('accepts links to pages the site builds, relative or not, and ignores other sites', () => {
    for (const href of [
      '../',
      '../../findings/canada/',
      '/es/about/',
      '#main',
      'https://example.org/x',
      'mailto:a@b.org',
    ]) {
      expect(linkProblem(href, at, context), href).toBeUndefined();
    }
    expect(linkProblem('https://rights.example.org/en/press/', at, context)).toBeUndefined();
    expect(linkProblem('/en/organisations/?country=ZA', at, context)).toBeUndefined();
  });
  it('names the address a broken link leads to', () => {
    expect(linkProblem('../nothing/', at, context)).toBe(
      'link "../nothing/" leads to /en/guides/nothing/, which this site does not build',
    );
    expect(linkProblem('https://rights.example.org/en/nothing/', at, context)).toMatch(/leads to \/en\/nothing\//);
  });
  it('asks for the trailing slash every page address has', () => {
    expect(linkProblem('/en/about', at, context)).toBe(
      'link "/en/about" leads to /en/about, which this site does not build; page addresses end with a slash: /en/about/',
    );
  });
  it('strips the base from the site’s own absolute addresses', () => {
    const sub = { ...context, address: { origin: 'https://rights.example.org', base: '/sub/' } };
    expect(linkProblem('https://rights.example.org/sub/en/press/', at, sub)).toBeUndefined();
  });
  it('checks #finding- anchors against the key findings of the page in its language', () => {
    expect(linkProblem('/en/findings/canada/#finding-canada-police', at, context)).toBeUndefined();
    expect(linkProblem('/fr/findings/canada/#finding-canada-police', at, context)).toBe(
      'link "/fr/findings/canada/#finding-canada-police": /fr/findings/canada/ has no key finding "canada-police" (its key findings: canada-law)',
    );
    // Spanish has no translation: the English page stands in, with the English key findings.
    expect(linkProblem('/es/findings/canada/#finding-canada-police', at, context)).toBeUndefined();
    expect(linkProblem('/en/findings/key-facts/#finding-canada-law', at, context)).toMatch(
      /only findings pages have #finding- anchors, and \/en\/findings\/key-facts\/ is not one/,
    );
  });
});

describe('internalLinkProblems', () => {
  it('checks bodies and front matter, naming file, line or field, and the page where a stand-in breaks', () => {
    const withLinks = [
      ...files,
      file(
        'guides',
        'en/health',
        { sources: [{ url: '/en/gone/' }] },
        '\n\n[canada](../../findings/canada/#finding-canada-police)',
      ),
    ];
    const ctx = { ...context, files: withLinks };
    expect(internalLinkProblems('guides', ctx)).toEqual([
      'content/guides/en/health.mdx:3 (body): link "../../findings/canada/#finding-canada-police": /fr/findings/canada/ has no key finding "canada-police" (its key findings: canada-law) (on /fr/guides/health/, where this English text stands in for a missing translation)',
      'content/guides/en/health.mdx (sources.0.url): link "/en/gone/" leads to /en/gone/, which this site does not build',
    ]);
    expect(internalLinkProblems('findings', ctx)).toEqual([]);
  });
  it('finds no broken link in the site’s own content', async () => {
    const real = await readSiteContent('content');
    const realRoutes = siteRoutes(await readPageFiles('src/pages'), real, await readPublicFiles('public'));
    const ctx = { routes: realRoutes, files: real, address: context.address };
    expect(collectionNames.flatMap((c) => internalLinkProblems(c, ctx))).toEqual([]);
    expect(realRoutes.has('/en/press/')).toBe(true);
    expect(realRoutes.has('/data/organisations.json')).toBe(true);
  });
});
