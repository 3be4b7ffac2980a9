import { createHash } from 'node:crypto';
import type { LocaleCode } from '../i18n/locales';
import type { Translation, TranslationStatus } from '../schemas/common';
import type { Organisation } from '../schemas/organisation';
import type { CollectionName } from './collection-names';

/** The hash a translation records of the English body it follows: 12 hex digits of SHA-256 of the trimmed body. */
export function bodyHash(body: string): string {
  return createHash('sha256').update(body.trim().replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}

/** State of one translation for the status page and build report. */
export type TranslationState = 'source' | 'current' | 'outdated' | 'missing';

/** Compares a translation's recorded source hash with the English body it should follow. */
export function translationState(
  englishBody: string,
  translation: Pick<Translation, 'source'> | undefined,
  exists: boolean,
): TranslationState {
  if (!exists) return 'missing';
  if (!translation) return 'source';
  return translation.source === bodyHash(englishBody) ? 'current' : 'outdated';
}

/** One row of the translation report: a slug of a collection in one locale. */
export interface ReportRow {
  /** Collection folder name (guides, findings, briefs, pages, organisations). */
  collection: CollectionName;
  /** Slug shared by every language. */
  slug: string;
  /** Locale code. */
  lang: LocaleCode;
  /** Where the translation stands. */
  state: TranslationState;
  /** The translation's status when it exists. */
  status?: TranslationStatus;
}

/** What the report needs of one entry. */
export interface ReportEntry {
  /** `<locale>/<slug>`. */
  id: string;
  /** The body the hash is taken of. */
  body: string;
  /** The translation provenance, absent on English originals. */
  translation?: Translation;
}

/** The state of every slug of a collection in every locale; read by the build report and the status page. */
export function translationReport(
  collection: CollectionName,
  entries: readonly ReportEntry[],
  localeCodes: readonly LocaleCode[],
  sourceLocale: LocaleCode,
): ReportRow[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const originals = entries.filter((e) => e.id.startsWith(`${sourceLocale}/`));
  return originals.flatMap((original) => {
    const slug = original.id.slice(sourceLocale.length + 1);
    return localeCodes.map((lang) => {
      const own = byId.get(`${lang}/${slug}`);
      const state = translationState(original.body, own?.translation, own !== undefined);
      return { collection, slug, lang, state, ...(own?.translation ? { status: own.translation.status } : {}) };
    });
  });
}

/**
 * Report entries for the organisations: the English place and summary as the "body" (the text a translation
 * records the hash of), and one entry per translation with its provenance.
 */
export function organisationReportEntries(
  orgs: readonly {
    /** File name without extension. */
    id: string;
    /** The English place and summary, and the translations when there are any. */
    data: Pick<Organisation, 'place' | 'summary'> & Partial<Pick<Organisation, 'translations'>>;
  }[],
): ReportEntry[] {
  return orgs.flatMap(({ id, data }) => [
    { id: `en/${id}`, body: `${data.place}\n${data.summary.en}` },
    ...Object.entries(data.translations ?? {}).map(([lang, tr]) => ({
      id: `${lang}/${id}`,
      body: '',
      translation: { status: tr.status, source: tr.source },
    })),
  ]);
}
