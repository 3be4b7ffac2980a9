import { defineCollection } from 'astro:content';
import { checkedGlob } from './lib/loader';
import { sections } from './lib/routes';
import { guideSchema } from './schemas/guide';
import { findingSchema } from './schemas/finding';
import { briefSchema } from './schemas/brief';
import { pageSchema } from './schemas/page';
import { organisationSchema } from './schemas/organisation';

// `.md` is accepted too, so `x.md` beside `x.mdx` is caught as a duplicate slug rather than loaded twice.
const mdx = ['mdx', 'md'] as const;

export const collections = {
  guides: defineCollection({
    loader: checkedGlob({ collection: 'guides', localized: true, extensions: mdx }),
    schema: guideSchema,
  }),
  findings: defineCollection({
    loader: checkedGlob({
      collection: 'findings',
      localized: true,
      extensions: mdx,
      references: [{ field: 'organisations', collection: 'organisations' }],
    }),
    schema: findingSchema,
  }),
  briefs: defineCollection({
    loader: checkedGlob({ collection: 'briefs', localized: true, extensions: mdx }),
    schema: briefSchema,
  }),
  pages: defineCollection({
    // Pages live at /<lang>/<slug>/, beside the sections and generated pages: those slugs are taken.
    loader: checkedGlob({
      collection: 'pages',
      localized: true,
      extensions: mdx,
      reserved: [...sections, 'search', 'press', 'translations'],
    }),
    schema: pageSchema,
  }),
  organisations: defineCollection({
    loader: checkedGlob({ collection: 'organisations', localized: false, extensions: ['yaml', 'yml'] }),
    schema: organisationSchema,
  }),
};
