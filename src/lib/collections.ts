import { getCollection, type CollectionEntry } from 'astro:content';
import { localizedPages, pagesForLocale, type LocalizedPage } from './localized';
import type { LocaleCode } from '../i18n/locales';
import type { LocalizedCollection } from './collection-names';

/** The collections whose entries are written per language under `<locale>/<slug>` (src/lib/collection-names.ts). */
export type { LocalizedCollection };

/** Entries sorted by their `order` field when they have one, then by id, so lists are stable. */
function byOrder<E extends { id: string; data: object }>(entries: E[]): E[] {
  const order = (e: E) => ('order' in e.data && typeof e.data.order === 'number' ? e.data.order : 0);
  return [...entries].sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id));
}

/** `getStaticPaths` for a `[lang]/<section>/[slug]` route: every slug in every locale, fallbacks included. */
export async function localizedPaths<C extends LocalizedCollection>(collection: C) {
  const entries = byOrder(await getCollection(collection)) as CollectionEntry<C>[];
  return localizedPages(entries).map((page) => ({ params: { lang: page.lang, slug: page.slug }, props: { page } }));
}

/** One locale's view of a collection, ordered, each item flagged when it falls back to English. */
export async function localizedList<C extends LocalizedCollection>(
  collection: C,
  lang: LocaleCode,
): Promise<LocalizedPage<CollectionEntry<C>>[]> {
  const entries = byOrder(await getCollection(collection)) as CollectionEntry<C>[];
  return pagesForLocale(entries, lang);
}

/** Props a collection entry route receives. */
export interface EntryProps<C extends LocalizedCollection> {
  /** The page to render, from {@link localizedPaths}. */
  page: LocalizedPage<CollectionEntry<C>>;
}
