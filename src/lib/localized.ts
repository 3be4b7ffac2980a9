import { isLocaleCode, localeCodes, sourceLocale, type LocaleCode } from '../i18n/locales';

/** The least a localized collection entry has: an id of the form `<locale>/<slug>`. */
export interface IdentifiedEntry {
  /** `<locale>/<slug>`, as the checked glob loader gives it. */
  id: string;
}

/** One page to build: an entry shown at one locale's URL, possibly the English one as a fallback. */
export interface LocalizedPage<E extends IdentifiedEntry> {
  /** The locale whose URL and chrome the page uses. */
  lang: LocaleCode;
  /** The slug shared by every language. */
  slug: string;
  /** The entry to render: the translation, or the English original when there is none. */
  entry: E;
  /** The English entry, for comparing translations with their source. */
  original: E;
  /** True when `entry` is the English original standing in for a missing translation. */
  isFallback: boolean;
  /** Locales that have a real translation of this slug (English included), for the switcher. */
  translated: LocaleCode[];
}

/**
 * Splits an id into locale and slug. The loader has already rejected ids of any other shape, so this throws
 * only for an id that never came from the content folders.
 */
export function splitId(id: string): { locale: LocaleCode; slug: string } {
  const [locale = '', ...rest] = id.split('/');
  if (!isLocaleCode(locale)) throw new Error(`Entry id "${id}" does not start with a known locale.`);
  return { locale, slug: rest.join('/') };
}

/**
 * Every page a localized collection produces: each English slug in every locale, the translation where
 * one exists and the English original (flagged) where none does — never a 404, never a silent switch.
 */
export function localizedPages<E extends IdentifiedEntry>(entries: readonly E[]): LocalizedPage<E>[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const originals = entries.filter((e) => splitId(e.id).locale === sourceLocale);
  return originals.flatMap((original) => {
    const { slug } = splitId(original.id);
    const translated = localeCodes.filter((lang) => byId.has(`${lang}/${slug}`));
    return localeCodes.map((lang) => {
      const own = byId.get(`${lang}/${slug}`);
      return { lang, slug, entry: own ?? original, original, isFallback: !own, translated };
    });
  });
}

/** The pages of one locale only, in the order given; for index pages and the browsable search list. */
export function pagesForLocale<E extends IdentifiedEntry>(entries: readonly E[], lang: LocaleCode): LocalizedPage<E>[] {
  return localizedPages(entries).filter((p) => p.lang === lang);
}
