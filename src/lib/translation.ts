import { createHash } from 'node:crypto';

/** The hash a translation records of the English body it follows: 12 hex digits of SHA-256 of the trimmed body. */
export function bodyHash(body: string): string {
  return createHash('sha256').update(body.trim().replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}

/** State of one translation for the status page and build report. */
export type TranslationState = 'source' | 'current' | 'outdated' | 'missing';

/** Compares a translation's recorded source hash with the English body it should follow. */
export function translationState(
  englishBody: string,
  translation: { source: string } | undefined,
  exists: boolean,
): TranslationState {
  if (!exists) return 'missing';
  if (!translation) return 'source';
  return translation.source === bodyHash(englishBody) ? 'current' : 'outdated';
}
