/**
 * The translation report printed after every build (and by `npm run translations`): read from the built
 * `/data/translations.json`, which the site makes from its collections.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TranslationStatusData } from '../lib/translation-status';

/** The built status file, as the site writes it from its collections. */
export type TranslationStatus = TranslationStatusData;

/** Reads the status file from a build output folder; a clear message when the build has none. */
export function readTranslationStatus(outDir: string): TranslationStatus {
  const file = join(outDir, 'data', 'translations.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as TranslationStatus;
  } catch (error) {
    throw new Error(`${file} cannot be read (${(error as Error).message}): build the site first (npm run build).`, {
      cause: error,
    });
  }
}

/** The report's lines: totals by state, then each outdated translation and the missing ones by collection. */
export function translationReportLines(status: TranslationStatus): string[] {
  const totals = new Map<string, number>();
  const outdated: string[] = [];
  const missing = new Map<string, string[]>();
  for (const { collection, entries } of status.collections) {
    for (const entry of entries) {
      for (const [lang, { state }] of Object.entries(entry.languages)) {
        totals.set(state, (totals.get(state) ?? 0) + 1);
        if (state === 'outdated') outdated.push(`  outdated: ${collection}/${lang}/${entry.slug}`);
        if (state === 'missing') {
          const key = `${collection}/${lang}`;
          missing.set(key, [...(missing.get(key) ?? []), entry.slug]);
        }
      }
    }
  }
  return [
    `Translations: ${[...totals].map(([state, n]) => `${n} ${state}`).join(', ')}`,
    ...outdated,
    ...[...missing].map(([key, slugs]) => `  missing ${key}: ${slugs.join(', ')}`),
  ];
}

/** The `source:` line a translation of each English original must record, one per entry. */
export function sourceHashLines(status: TranslationStatus): string[] {
  return status.collections.flatMap(({ collection, entries }) =>
    entries.map((e) => `source: '${e.source}'  # ${collection}/${e.slug}`),
  );
}
