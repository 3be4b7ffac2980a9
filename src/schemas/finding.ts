import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { checkSourceNumbers, countryCode, description, sourcesSchema, translationSchema } from './common';

/** The kinds of findings page, in the order the findings index lists them. */
export const findingKinds = ['overview', 'theme', 'country', 'recommendations', 'method'] as const;

/** A short quotable statement with its own permalink (`#finding-<id>`). */
export const keyFindingSchema = z.strictObject({
  /** Stable English kebab-case id, the same in every language; never change it once published. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be English kebab-case'),
  /** The statement, one or two sentences a journalist can quote as it stands. */
  text: z.string().min(20).max(400),
  /** 1-based number of the entry in this page's `sources` that supports the statement. */
  source: z.number().int().min(1),
});
/** A key finding as validated. */
export type KeyFinding = z.infer<typeof keyFindingSchema>;

/** A page of research findings from the 2017 GAATW study. */
export const findingSchema = z
  .strictObject({
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
    /** Quotable statements shown first and gathered on the key-facts page. */
    keyFindings: z.array(keyFindingSchema).default([]),
    /** Every source the page's claims rest on. */
    sources: sourcesSchema,
    /** Provenance, required on translations. */
    translation: translationSchema.optional(),
  })
  .superRefine((data, ctx) => {
    checkSourceNumbers(ctx, 'keyFindings', data.keyFindings, data.sources.length);
    const ids = new Set<string>();
    data.keyFindings.forEach((finding, i) => {
      if (ids.has(finding.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['keyFindings', i, 'id'],
          message: `duplicate key finding id "${finding.id}"`,
        });
      }
      ids.add(finding.id);
    });
  });
