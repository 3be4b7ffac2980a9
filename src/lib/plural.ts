import type { TFunction } from 'i18next';

/**
 * Every plural form of a key for a language, keyed by CLDR category, with `{{count}}` left in place, so a
 * client script can pick the right form with Intl.PluralRules without shipping i18next.
 */
export function pluralForms(t: TFunction, lang: string, key: string): Record<string, string> {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return Object.fromEntries(categories.map((cat) => [cat, t(`${key}_${cat}`, { defaultValue: t(`${key}_other`) })]));
}
