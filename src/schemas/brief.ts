import { z } from 'astro/zod';
import { checkSourceNumbers, description, sourcesSchema, translationSchema } from './common';

/** Whose recommendation it is: the study's own, or this site's reading of the study's findings. */
export const recommendationBasis = ['study', 'site'] as const;

/** One recommendation, labelled with whose it is so no reader mistakes the site's view for the study's. */
export const recommendationSchema = z
  .strictObject({
    /** The recommendation, one or two sentences, with who should act in brackets at the end. */
    text: z.string().min(20).max(500),
    /** `study`: GAATW's study or its authors recommend it; `site`: this site's own reading of the findings. */
    basis: z.enum(recommendationBasis),
    /** 1-based number of the entry in `sources` that makes the recommendation; required when `basis` is `study`. */
    source: z.number().int().min(1).optional(),
  })
  .refine((r) => r.basis !== 'study' || r.source !== undefined, {
    path: ['source'],
    message: "is required when basis is 'study' (the source where the study makes this recommendation)",
  });
/** A recommendation as validated. */
export type Recommendation = z.infer<typeof recommendationSchema>;

/** A policy brief: two pages for policymakers, also published as PDF. */
export const briefSchema = z
  .strictObject({
    /** Title in the entry's language. */
    title: z.string().min(1),
    /** The summary shown first and in lists. */
    description,
    /** Publication date, printed on the brief and in its PDF metadata. */
    date: z.coerce.date(),
    /** Position in the brief list (lower first). */
    order: z.number().int().min(0),
    /** Its recommendations, shown after the body under their own heading, each marked with whose it is. */
    recommendations: z.array(recommendationSchema).min(1),
    /** Every source the brief's evidence rests on. */
    sources: sourcesSchema,
    /** Provenance, required on translations. */
    translation: translationSchema.optional(),
  })
  .superRefine((data, ctx) => checkSourceNumbers(ctx, 'recommendations', data.recommendations, data.sources.length));
/** A brief's front matter as validated. */
export type Brief = z.infer<typeof briefSchema>;
