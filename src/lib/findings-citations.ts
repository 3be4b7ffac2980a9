import { getCollection } from 'astro:content';
import { findingItem, findingsPageItem, type CslItem } from './citation';
import { localizedPages } from './localized';
import { study } from './study';
import { findingFile, pageFile, studyFile } from './cite-files';
import { site } from '../site.config';
import { localeContext } from '../i18n/context';
import type { LocaleCode } from '../i18n/locales';

/** One citable thing and the path of its files under /cite/ (no extension). */
export interface Citable {
  /** e.g. `study`, `es/overview` or, for a key finding, `es/overview/overview-drop-in`. */
  file: string;
  /** Its CSL-JSON item. */
  item: CslItem;
}

export { findingFile } from './cite-files';

/** The citation item of a findings page in one locale, absolute URL included. */
export function pageCitation(lang: LocaleCode, slug: string, title: string): CslItem {
  // Also called from getStaticPaths (citation files), where there is no request context: built for the locale here.
  const { t, urls } = localeContext(lang);
  return findingsPageItem({
    slug,
    lang,
    title,
    url: urls.absolute(urls.page(`findings/${slug}`)),
    siteName: t('site.name'),
    year: site.findingsPublished,
  });
}

/** Everything with citation files: the study, each findings page and each key finding, in each locale. */
export async function citables(): Promise<Citable[]> {
  const pages = localizedPages(await getCollection('findings'));
  return [
    { file: studyFile, item: study },
    ...pages.flatMap((p) => {
      const item = pageCitation(p.lang, p.slug, p.entry.data.title);
      return [
        { file: pageFile(p.lang, p.slug), item },
        ...p.entry.data.keyFindings.map((f) => ({
          file: findingFile(p.lang, p.slug, f.id),
          item: findingItem(item, f.id),
        })),
      ];
    }),
  ];
}
