import { getCollection } from 'astro:content';
import { findingsPageItem, type CslItem } from './citation';
import { localizedPages } from './localized';
import { localeUrl } from './routes';
import { study } from './study';
import { site } from '../site.config';
import { useTranslations } from '../i18n';

/** One citable thing and the path of its files under /cite/ (no extension). */
export interface Citable {
  /** e.g. `study` or `es/overview`. */
  file: string;
  /** Its CSL-JSON item. */
  item: CslItem;
}

/** The citation item of a findings page in one locale, absolute URL included. */
export function pageCitation(lang: string, slug: string, title: string): CslItem {
  const url = new URL(localeUrl(import.meta.env.BASE_URL, lang as never, `findings/${slug}`), site.url).href;
  return findingsPageItem({
    slug,
    lang,
    title,
    url,
    siteName: useTranslations(lang)('site.name'),
    year: site.findingsPublished,
  });
}

/** Everything with citation files: the study, and each findings page in each locale. */
export async function citables(): Promise<Citable[]> {
  const pages = localizedPages(await getCollection('findings'));
  return [
    { file: 'study', item: study },
    ...pages.map((p) => ({ file: `${p.lang}/${p.slug}`, item: pageCitation(p.lang, p.slug, p.entry.data.title) })),
  ];
}
