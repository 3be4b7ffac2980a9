import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { localeStaticPaths } from '../../lib/locale-paths';
import { localizedList } from '../../lib/collections';

export const getStaticPaths = localeStaticPaths;

/** One RSS feed per language: the findings and briefs that exist in that language (no English stand-ins). */
export async function GET(context: APIContext) {
  const { lang, locale, t, urls } = context.locals;
  const findings = (await localizedList('findings', lang)).filter((p) => !p.isFallback);
  const briefs = (await localizedList('briefs', lang)).filter((p) => !p.isFallback);
  return rss({
    title: `${t('site.name')}: ${t('feed.title')}`,
    description: t('site.tagline'),
    site: urls.absolute(urls.site()),
    customData: `<language>${locale.lang}</language>`,
    items: [
      ...briefs.map((p) => ({
        title: p.entry.data.title,
        description: p.entry.data.description,
        link: urls.page(`briefs/${p.slug}`),
        pubDate: p.entry.data.date,
      })),
      ...findings.map((p) => ({
        title: p.entry.data.title,
        description: p.entry.data.description,
        link: urls.page(`findings/${p.slug}`),
      })),
    ],
  });
}
