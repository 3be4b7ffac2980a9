import { z } from 'astro/zod';
import { countryCode, description, translationSchema } from './common';

/** A know-your-rights guide: short, plain, and honest about what it covers. */
export const guideSchema = z.strictObject({
  /** Title in the entry's language. */
  title: z.string().min(1),
  /** One sentence for lists and search results. */
  description,
  /** "The most important things": at most five short points, shown first and on the pocket card. */
  keyPoints: z.array(z.string().min(1)).min(1).max(5),
  /** When someone last checked the guide against the law and practice; shown to the reader. */
  lastReviewed: z.coerce.date(),
  /** `general` for guidance that holds anywhere, or the ISO country code whose law the guide covers. */
  scope: z.union([z.literal('general'), countryCode]),
  /** Position in the guide list (lower first), so the most urgent guides lead. */
  order: z.number().int().min(0),
  /** Provenance, required on translations. */
  translation: translationSchema.optional(),
});
