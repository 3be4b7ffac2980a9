import { countries } from 'countries-list';
import { getLocale, sourceLocale, type LocaleCode } from '../i18n/locales';
import { matchesFilter, type DirectoryFilter, type Filterable } from './directory-filter';
import { bodyHash, organisationReportEntries } from './translation';
import type { TranslationStatus } from '../schemas/common';
import type { Contact, Organisation, OrganisationTranslation } from '../schemas/organisation';

const noFilter: DirectoryFilter = { country: '', region: '', service: '', language: '' };

/** World regions used by the directory filter, each a UI key `region.<key>`. */
export const regions = ['africa', 'americas', 'asia-pacific', 'europe'] as const;
/** One region key. */
export type Region = (typeof regions)[number];

/** Continent codes of the countries-list package, folded into our four regions. */
const CONTINENT_TO_REGION: Record<string, Region> = {
  AF: 'africa',
  NA: 'americas',
  SA: 'americas',
  AS: 'asia-pacific',
  OC: 'asia-pacific',
  EU: 'europe',
};

/** The world region of a country, from its continent; throws for a code with none (e.g. Antarctica). */
export function regionOf(country: string): Region {
  const continent = (countries as Record<string, { continent: string }>)[country]?.continent;
  const region = continent ? CONTINENT_TO_REGION[continent] : undefined;
  if (!region) throw new Error(`No world region for country "${country}"`);
  return region;
}

/** The fields of a directory entry that grouping and display need. */
export interface DirectoryEntry {
  /** File name without extension; the URL segment. */
  id: string;
  /** Validated front matter. */
  data: Pick<Organisation, 'name' | 'country' | 'summary' | 'services' | 'languages'>;
}

/** What the filters need of an entry. */
export function filterable(entry: DirectoryEntry): Filterable {
  return {
    country: entry.data.country,
    region: regionOf(entry.data.country),
    services: entry.data.services,
    languages: entry.data.languages,
  };
}

/** A country's name in the reader's language, from the runtime's CLDR data (no table to maintain). */
export function countryName(code: string, lang: LocaleCode): string {
  return new Intl.DisplayNames(getLocale(lang).lang, { type: 'region' }).of(code) ?? code;
}

/** A language's name in the reader's language (e.g. `yue` → "Cantonese" in English). */
export function languageName(tag: string, lang: LocaleCode): string {
  return new Intl.DisplayNames(getLocale(lang).lang, { type: 'language' }).of(tag) ?? tag;
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

/** What an organisation's translation must record: the hash of the English place and summary it follows. */
export function organisationSourceHash(data: Pick<Organisation, 'place' | 'summary'>): string {
  return bodyHash(organisationReportEntries([{ id: 'x', data }])[0]!.body);
}

/** A text in the language it is written in, with how it was translated when it is a translation. */
export interface LocalizedText {
  /** The text. */
  text: string;
  /** The locale the text is in: the reader's, or English when no current translation exists. */
  lang: LocaleCode;
  /** The translation's status; absent for the English original. */
  status?: TranslationStatus;
}

/**
 * An organisation's place and description in the reader's language when a current translation exists (its
 * `source` matches the English), else in English: an outdated description is never shown as if it were current.
 */
export function organisationText(
  data: Pick<Organisation, 'place' | 'summary'> & {
    translations: Partial<Record<LocaleCode, OrganisationTranslation>>;
  },
  lang: LocaleCode,
): { place: LocalizedText; summary: LocalizedText } {
  const own = lang === sourceLocale ? undefined : data.translations[lang];
  if (!own || own.source !== organisationSourceHash(data)) {
    return { place: { text: data.place, lang: sourceLocale }, summary: { text: data.summary.en, lang: sourceLocale } };
  }
  return {
    place: own.place ? { text: own.place, lang, status: own.status } : { text: data.place, lang: sourceLocale },
    summary: { text: own.summary, lang, status: own.status },
  };
}

/** Facts older than this many days are flagged to the reader as possibly out of date. */
export const STALE_AFTER_DAYS = 365;

/** True when facts last checked on `checked` are more than a year old at `now`. */
export function isStale(checked: Date, now: Date): boolean {
  return now.getTime() - checked.getTime() > STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;
}

/** How many organisations each country has, for the map, the table and the country links. */
export function countByCountry(entries: readonly { data: { country: string } }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.data.country, (counts.get(e.data.country) ?? 0) + 1);
  return counts;
}

/** Every language tag some organisation serves people in, for the language filter and its static pages. */
export function languagesServed(entries: readonly { data: { languages: readonly string[] } }[]): string[] {
  return [...new Set(entries.flatMap((e) => e.data.languages))].sort();
}

/** How many organisations serve each language, by the same rule as the live filter (`zh` covers `zh-Hans`). */
export function countByLanguage(entries: readonly DirectoryEntry[]): Map<string, number> {
  return new Map(
    languagesServed(entries).map((tag) => [
      tag,
      entries.filter((e) => matchesFilter(filterable(e), { ...noFilter, language: tag })).length,
    ]),
  );
}

/** The URL segment of a language's static directory page (`/organisations/language/<segment>/`). */
export const languageSegment = (tag: string) => tag.toLowerCase();

/** What grouping helplines needs of a directory entry. */
export interface HelplineEntry {
  /** File name without extension. */
  id: string;
  /** Validated front matter: where it is and how it can be reached. */
  data: Pick<Organisation, 'name' | 'country'> & { contacts: readonly Pick<Contact, 'helpline'>[] };
}

/**
 * The link a phone can act on for a contact (`tel:`, `sms:`, `mailto:`), or none: messaging-app numbers and
 * addresses are shown as text, so the site never sends a reader to another service or a map.
 */
export function contactHref(c: { channel: string; contact: string }): string | undefined {
  const digits = c.contact.replace(/[^0-9+]/g, '');
  if (c.channel === 'phone') return `tel:${digits}`;
  if (c.channel === 'sms') return `sms:${digits}`;
  if (c.channel === 'email') return `mailto:${c.contact}`;
  return undefined;
}

/**
 * Directory entries that publish a helpline (a contact marked `helpline`), grouped by world region, for a guide's "Where to get help".
 * A guide about one country puts that country's region first and, within it, that country's entries; a
 * general guide keeps the usual region order (the site does not guess where the reader is). Empty regions
 * are left out; entries are sorted by country, then name.
 */
export function helplinesByRegion<E extends HelplineEntry>(
  entries: readonly E[],
  scope: string,
): { region: Region; entries: E[] }[] {
  const home = scope === 'general' ? undefined : scope;
  const homeRegion = home ? regionOf(home) : undefined;
  const withLines = entries.filter((e) => e.data.contacts.some((c) => c.helpline));
  const ordered = [...regions].sort((a, b) => Number(b === homeRegion) - Number(a === homeRegion));
  return ordered
    .map((region) => ({
      region,
      entries: withLines
        .filter((e) => regionOf(e.data.country) === region)
        .sort(
          (a, b) =>
            Number(b.data.country === home) - Number(a.data.country === home) ||
            a.data.country.localeCompare(b.data.country) ||
            a.data.name.localeCompare(b.data.name),
        ),
    }))
    .filter((group) => group.entries.length > 0);
}

/** Links to the per-country directory pages, with counts, for a {@link countByCountry} result. */
export function countryLinks(counts: Map<string, number>, lang: LocaleCode, current?: string) {
  return [...counts].map(([code, count]) => ({
    path: `organisations/country/${code.toLowerCase()}`,
    label: countryName(code, lang),
    count,
    current: code === current,
  }));
}

/** Links to the per-language directory pages, with counts, for a {@link countByLanguage} result. */
export function languageLinks(counts: Map<string, number>, lang: LocaleCode, current?: string) {
  return [...counts].map(([tag, count]) => ({
    path: `organisations/language/${languageSegment(tag)}`,
    label: languageName(tag, lang),
    count,
    current: tag === current,
  }));
}
