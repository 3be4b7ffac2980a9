import { getCollection } from 'astro:content';
import { findingItem, findingsPageItem, type CslItem } from './citation';
import { localizedPages } from './localized';
import { localeUrl } from './routes';
import { study } from './study';
import { site } from '../site.config';
import { useTranslations } from '../i18n';

/** One citable thing and the path of its files under /cite/ (no extension). */
export interface Citable {
  /** e.g. `study`, `es/overview` or, for a key finding, `es/overview/overview-drop-in`. */
  file: string;
  /** Its CSL-JSON item. */
  item: CslItem;
}

/** The file path under /cite/ of a key finding's citation files. */
export const findingFile = (lang: string, slug: string, id: string) => `${lang}/${slug}/${id}`;

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

/** Everything with citation files: the study, each findings page and each key finding, in each locale. */
export async function citables(): Promise<Citable[]> {
  const pages = localizedPages(await getCollection('findings'));
  return [
    { file: 'study', item: study },
    ...pages.flatMap((p) => {
      const item = pageCitation(p.lang, p.slug, p.entry.data.title);
      return [
        { file: `${p.lang}/${p.slug}`, item },
        ...p.entry.data.keyFindings.map((f) => ({
          file: findingFile(p.lang, p.slug, f.id),
          item: findingItem(item, f.id),
        })),
      ];
    }),
  ];
}
