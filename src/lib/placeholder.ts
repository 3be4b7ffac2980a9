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
