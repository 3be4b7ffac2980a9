import { getLocale, sourceLocale, type LocaleCode } from '../i18n/locales';

/** The fields of a directory entry that grouping and display need. */
export interface DirectoryEntry {
  /** File name without extension; the URL segment. */
  id: string;
  /** Validated front matter. */
  data: { name: string; country: string; summary: Record<string, string> };
}

/** A country's name in the reader's language, from the runtime's CLDR data (no table to maintain). */
export function countryName(code: string, lang: LocaleCode): string {
  return new Intl.DisplayNames(getLocale(lang).lang, { type: 'region' }).of(code) ?? code;
}

/** Entries grouped by country, countries sorted by their name in the reader's language, entries by name. */
export function groupByCountry<E extends DirectoryEntry>(
  entries: readonly E[],
  lang: LocaleCode,
): { country: string; name: string; entries: E[] }[] {
  const collator = new Intl.Collator(getLocale(lang).lang);
  const groups = new Map<string, E[]>();
  for (const entry of entries) groups.set(entry.data.country, [...(groups.get(entry.data.country) ?? []), entry]);
  return [...groups]
    .map(([country, list]) => ({
      country,
      name: countryName(country, lang),
      entries: list.sort((a, b) => collator.compare(a.data.name, b.data.name)),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The summary in the reader's language when the entry has one, else English, with the language it is in. */
export function localizedSummary(
  summary: Record<string, string>,
  lang: LocaleCode,
): { text: string; lang: LocaleCode } {
  const own = summary[lang];
  return own ? { text: own, lang } : { text: summary[sourceLocale] ?? '', lang: sourceLocale };
}
