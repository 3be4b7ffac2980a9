import { z } from 'astro/zod';
import { description, sourcesSchema, translationSchema } from './common';

/** A policy brief: two pages for policymakers, also published as PDF. */
export const briefSchema = z.strictObject({
  /** Title in the entry's language. */
  title: z.string().min(1),
  /** The summary shown first and in lists. */
  description,
  /** Publication date, printed on the brief and in its PDF metadata. */
  date: z.coerce.date(),
  /** Position in the brief list (lower first). */
  order: z.number().int().min(0),
  /** Every source the brief's evidence rests on. */
  sources: sourcesSchema,
  /** Provenance, required on translations. */
  translation: translationSchema.optional(),
});
