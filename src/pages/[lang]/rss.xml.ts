import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getLocale, useTranslations, type LocaleCode } from '../../i18n';
import { localeStaticPaths } from '../../lib/locale-paths';
import { localizedList } from '../../lib/collections';
import { localeUrl } from '../../lib/routes';

export const getStaticPaths = localeStaticPaths;

/** One RSS feed per language: the findings and briefs that exist in that language (no English stand-ins). */
export async function GET(context: APIContext) {
  const lang = context.params.lang as LocaleCode;
  const t = useTranslations(lang);
  const base = import.meta.env.BASE_URL;
  const findings = (await localizedList('findings', lang)).filter((p) => !p.isFallback);
  const briefs = (await localizedList('briefs', lang)).filter((p) => !p.isFallback);
  return rss({
    title: `${t('site.name')}: ${t('feed.title')}`,
    description: t('site.tagline'),
    site: new URL(base, context.site!).href,
    customData: `<language>${getLocale(lang).lang}</language>`,
    items: [
      ...briefs.map((p) => ({
        title: p.entry.data.title,
        description: p.entry.data.description,
        link: localeUrl(base, lang, `briefs/${p.slug}`),
        pubDate: p.entry.data.date,
      })),
      ...findings.map((p) => ({
        title: p.entry.data.title,
        description: p.entry.data.description,
        link: localeUrl(base, lang, `findings/${p.slug}`),
      })),
    ],
  });
}
