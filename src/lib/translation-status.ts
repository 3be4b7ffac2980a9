/**
 * The translation status of every entry of every translated collection, from Astro's collections: read by
 * the status page and by `/data/translations.json`, which the build's report and `npm run translations` print.
 */
import { getCollection } from 'astro:content';
import { localeCodes, sourceLocale } from '../i18n/locales';
import {
  bodyHash,
  organisationReportEntries,
  translationReport,
  type ReportEntry,
  type ReportRow,
} from './translation';
import type { CollectionName } from './collection-names';

/** The translated collections, in the order the status page and the report show them. */
export const translatedCollections = [
  'guides',
  'briefs',
  'findings',
  'pages',
  'organisations',
] as const satisfies readonly CollectionName[];

/** One collection's entries: their English titles and source hashes, and each language's state. */
export interface TranslationTable {
  /** Collection name. */
  collection: (typeof translatedCollections)[number];
  /** Slugs (ids) of the English originals, in order. */
  slugs: string[];
  /** The English title (or name) of each slug. */
  titles: Map<string, string>;
  /** The hash a translation of each slug must record as its `source`. */
  hashes: Map<string, string>;
  /** One row per slug and language. */
  report: ReportRow[];
}

/** The report entries and English titles of one collection. */
async function collectionEntries(
  collection: TranslationTable['collection'],
): Promise<{ entries: ReportEntry[]; titles: Map<string, string> }> {
  if (collection === 'organisations') {
    const organisations = (await getCollection('organisations')).sort((a, b) => a.id.localeCompare(b.id));
    return {
      entries: organisationReportEntries(organisations),
      titles: new Map(organisations.map((o) => [o.id, o.data.name])),
    };
  }
  const all = await getCollection(collection);
  return {
    entries: all.map((e): ReportEntry => ({ id: e.id, body: e.body ?? '', translation: e.data.translation })),
    titles: new Map(
      all
        .filter((e) => e.id.startsWith(`${sourceLocale}/`))
        .map((e) => [e.id.slice(sourceLocale.length + 1), e.data.title]),
    ),
  };
}

/** Every translated collection's table. */
export async function translationTables(): Promise<TranslationTable[]> {
  return Promise.all(
    translatedCollections.map(async (collection) => {
      const { entries, titles } = await collectionEntries(collection);
      const hashes = new Map(
        entries
          .filter((e) => e.id.startsWith(`${sourceLocale}/`))
          .map((e) => [e.id.slice(sourceLocale.length + 1), bodyHash(e.body)]),
      );
      return {
        collection,
        slugs: [...titles.keys()],
        titles,
        hashes,
        report: translationReport(collection, entries, localeCodes, sourceLocale),
      };
    }),
  );
}

/** The tables as open data: for each collection, each English original with its hash and every language's state. */
export function translationStatusData(tables: readonly TranslationTable[]) {
  return {
    sourceLocale,
    collections: tables.map((t) => ({
      collection: t.collection,
      entries: t.slugs.map((slug) => ({
        slug,
        title: t.titles.get(slug)!,
        source: t.hashes.get(slug)!,
        languages: Object.fromEntries(
          t.report
            .filter((r) => r.slug === slug)
            .map((r) => [r.lang, r.status ? { state: r.state, status: r.status } : { state: r.state }]),
        ) as Record<string, { state: ReportRow['state']; status?: ReportRow['status'] }>,
      })),
    })),
  };
}

/** The open data file `/data/translations.json`, as read back by the build's report and `npm run translations`. */
export type TranslationStatusData = ReturnType<typeof translationStatusData>;

/** The tables as JSON: the same bytes for the same content. */
export function translationStatusJson(tables: readonly TranslationTable[]): string {
  return `${JSON.stringify(translationStatusData(tables), null, 2)}\n`;
}
