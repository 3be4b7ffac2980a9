import { z } from 'astro/zod';
import { countryCode, description, sourcesSchema, translationSchema } from './common';

/** Who reviewed a guide, when, and for what: shown to the reader as "Reviewed by … on …". */
export const reviewSchema = z.strictObject({
  /**
   * The reviewer: an organisation ("SWEAT") or a role ("a lawyer in Canada"); never a private person's name
   * without their written consent.
   */
  by: z.string().min(3),
  /** The day the review was finished; never in the future. */
  date: z.coerce.date().refine((d) => d.getTime() <= Date.now(), 'is in the future'),
  /** `legal`: checked against the law by a lawyer; `community`: checked by a sex worker organisation. */
  kind: z.enum(['legal', 'community']),
});
/** A review record as validated. */
export type Review = z.infer<typeof reviewSchema>;

/** A know-your-rights guide: short, plain, and honest about what it covers. */
export const guideSchema = z.strictObject({
  /** Title in the entry's language. */
  title: z.string().min(1),
  /** One sentence for lists and search results. */
  description,
  /** "The most important things": at most five short points, shown first and on the pocket card. */
  keyPoints: z.array(z.string().min(1)).min(1).max(5),
  /** When the text last changed (shown as "Updated"); not a review date: reviews go in `review`. */
  updated: z.coerce.date(),
  /** A review that really happened; without it the guide says plainly that nobody has reviewed it yet. */
  review: reviewSchema.optional(),
  /** `general` for guidance that holds anywhere, or the ISO country code whose law the guide covers. */
  scope: z.union([z.literal('general'), countryCode]),
  /** Position in the guide list (lower first), so the most urgent guides lead. */
  order: z.number().int().min(0),
  /** Every source the guide rests on, listed at its end; a statement about one country's law cites one here. */
  sources: sourcesSchema,
  /** Provenance, required on translations. */
  translation: translationSchema.optional(),
});
