import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { countryCode, description, sourcesSchema, translationSchema } from './common';

/** The kinds of findings page, in the order the findings index lists them. */
export const findingKinds = ['overview', 'theme', 'country', 'recommendations', 'method'] as const;

/** A page of research findings from the 2017 GAATW study. */
export const findingSchema = z.strictObject({
  /** Title in the entry's language. */
  title: z.string().min(1),
  /** One sentence for lists, search results and citation abstracts. */
  description,
  /** What sort of page it is, which decides where the index lists it. */
  kind: z.enum(findingKinds),
  /** Position within its kind (lower first). */
  order: z.number().int().min(0),
  /** For country pages: the ISO code of the country. */
  country: countryCode.optional(),
  /** Directory entries this page names; a typo stops the build. */
  organisations: z.array(reference('organisations')).default([]),
  /** Every source the page's claims rest on. */
  sources: sourcesSchema,
  /** Provenance, required on translations. */
  translation: translationSchema.optional(),
});
