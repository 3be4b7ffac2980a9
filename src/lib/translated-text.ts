/** Working with translated sentences: slots for elements inside them, and every plural form for client scripts. */
import type { TFunction } from 'i18next';

/**
 * Every plural form of a key for a language, keyed by CLDR category, with `{{count}}` left in place, so a
 * client script can pick the right form with Intl.PluralRules without shipping i18next.
 */
export function pluralForms(t: TFunction, lang: string, key: string): Record<string, string> {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return Object.fromEntries(categories.map((cat) => [cat, t(`${key}_${cat}`, { defaultValue: t(`${key}_other`) })]));
}

/** Marker that cannot occur in translated text, standing in for an element inside a sentence. */
export const SLOT = '\u0000';

/**
 * Splits a translated sentence at its one slot, so a component can put a link there while translators
 * keep control of word order (e.g. "Source: {{source}}" vs a language that puts the source first).
 */
export function aroundSlot(text: string): [before: string, after: string] {
  const at = text.indexOf(SLOT);
  if (at === -1) throw new Error(`Translated text has no slot: "${text}"`);
  return [text.slice(0, at), text.slice(at + SLOT.length)];
}
