import { defineCollection } from 'astro:content';
import { checkedGlob } from './lib/loader';
import { sections } from './lib/routes';
import type { CollectionName } from './lib/collection-names';
import { duplicateOrganisations } from './lib/organisation-duplicates';
import { guideSchema } from './schemas/guide';
import { findingSchema } from './schemas/finding';
import { briefSchema } from './schemas/brief';
import { pageSchema } from './schemas/page';
import { organisationSchema, type Organisation } from './schemas/organisation';

// Each collection's folder layout and file endings come from src/lib/collection-names.ts; `satisfies` keeps
// this object and that list the same.
export const collections = {
  guides: defineCollection({
    loader: checkedGlob({ collection: 'guides' }),
    schema: guideSchema,
  }),
  findings: defineCollection({
    loader: checkedGlob({
      collection: 'findings',
      references: [{ field: 'organisations', collection: 'organisations' }],
    }),
    schema: findingSchema,
  }),
  briefs: defineCollection({
    loader: checkedGlob({ collection: 'briefs' }),
    schema: briefSchema,
  }),
  pages: defineCollection({
    // Pages live at /<lang>/<slug>/, beside the sections and generated pages: those slugs are taken.
    loader: checkedGlob({
      collection: 'pages',
      reserved: [...sections, 'search', 'press', 'translations'],
    }),
    schema: pageSchema,
  }),
  organisations: defineCollection({
    // The same organisation under two ids (same website, or same name in the same country) stops the build.
    loader: checkedGlob<Organisation>({ collection: 'organisations', checks: [duplicateOrganisations] }),
    schema: organisationSchema,
  }),
} satisfies Record<CollectionName, unknown>;
