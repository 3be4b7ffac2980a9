import { z } from 'astro/zod';
import { description, translationSchema } from './common';

/** A standalone page: about, safety, privacy, press. */
export const pageSchema = z.strictObject({
  /** Title in the entry's language. */
  title: z.string().min(1),
  /** One sentence for search results and `<meta name="description">`. */
  description,
  /** Provenance, required on translations. */
  translation: translationSchema.optional(),
});
