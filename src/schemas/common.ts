import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';

/** A public source a fact rests on; shown on the page so readers can check it. */
export const sourceSchema = z.strictObject({
  /** Title of the document or page, as its publisher gives it. */
  title: z.string().min(1),
  /** Who published it (organisation, journal, newspaper). */
  publisher: z.string().min(1).optional(),
  /** Publication date or year, as precise as known (e.g. `2018-03-08` or `2020`). */
  date: z
    .union([
      z.date().transform((d) => d.toISOString().slice(0, 10)),
      z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
      z.number().int().transform(String),
    ])
    .optional(),
  /** Public address of the source, when it has one; https only. */
  url: z.url({ protocol: /^https$/ }).optional(),
  /** Page numbers or section, for precise citation (e.g. `p. 46`). */
  locator: z.string().optional(),
});
/** A source as stored in front matter. */
export type Source = z.infer<typeof sourceSchema>;

/** Sources of a page: at least one, because every fact on the site must be checkable. */
export const sourcesSchema = z.array(sourceSchema).min(1, 'at least one source is required');

/**
 * Checks that every item of `field` that names a source by number (1-based, `source`) points at one of the
 * `sources` listed, and reports the ones that do not at `field.<i>.source`.
 */
export function checkSourceNumbers(
  ctx: z.RefinementCtx,
  field: string,
  items: readonly { source?: number | undefined }[],
  sourceCount: number,
) {
  items.forEach((item, i) => {
    if (item.source !== undefined && item.source > sourceCount) {
      ctx.addIssue({
        code: 'custom',
        path: [field, i, 'source'],
        message: `points at source ${item.source}, but only ${sourceCount} are listed`,
      });
    }
  });
}

/** How far a translation can be trusted; shown to the reader unless `reviewed`. */
export const translationStatus = z.enum(['machine', 'community', 'reviewed']);
/** One translation status: `machine`, `community` or `reviewed`. */
export type TranslationStatus = z.infer<typeof translationStatus>;

/** Provenance of a translated entry (who made it, from which English text); required on every non-English file. */
export const translationSchema = z.strictObject({
  /** Who made it: `machine`, `community` (a volunteer, unchecked) or `reviewed` (checked by a second speaker). */
  status: translationStatus,
  /** First 12 hex digits of the SHA-256 of the English body it was made from, to spot outdated translations. */
  source: z.string().regex(/^[0-9a-f]{12}$/, 'must be 12 lower-case hex digits (npm run translations prints them)'),
});
/** A translation's provenance as validated. */
export type Translation = z.infer<typeof translationSchema>;

/** An ISO 3166-1 alpha-2 country code in upper case, checked against the ISO list. */
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. ZA')
  .refine((code) => countries.isValid(code), 'is not an ISO 3166-1 alpha-2 country code');

/** Short text shown in lists and in `<meta name="description">`. */
export const description = z.string().min(10).max(300);
