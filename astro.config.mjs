// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { locales, localeCodes, sourceLocale } from './src/i18n/locales.ts';
import { site } from './src/site.config.ts';
import { env } from './src/env.ts';
import { cspDirectives } from './src/integrations/headers.ts';
import siteBuild from './src/integrations/index.ts';
import { rehypeOutboundLinks } from './src/lib/rehype-outbound-links.ts';
import { inlineScript } from './src/lib/inline-assets.ts';

export default defineConfig({
  site: site.url,
  // BASE lets the same site be built under a sub-path (e.g. BASE=/rights/).
  base: env.base,
  trailingSlash: 'always',
  outDir: env.outDir,
  // Tests that build bad fixtures use their own cache, so they never disturb the real content store.
  cacheDir: env.cacheDir,
  // A page arrives as one response: the shared stylesheet is inlined, and so are the scripts listed in
  // `inlineScript` (see vite below). Astro puts their hashes in each page's <meta> policy; the headers files
  // carry the same hashes (src/integrations/headers.ts reads them from the built pages).
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: localeCodes,
    defaultLocale: sourceLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: {
        defaultLocale: sourceLocale,
        locales: Object.fromEntries(locales.map((l) => [l.code, l.lang])),
      },
    }),
    // Last: PDFs, search, headers files, security.txt and the translation report, after every page exists.
    siteBuild(),
  ],
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // No code blocks in our content, and Shiki's inline styles would break the CSP. Every outbound link in
  // content gets rel="noreferrer" from a rehype plugin, so no editor or translator has to remember it.
  markdown: {
    syntaxHighlight: false,
    processor: unified({ rehypePlugins: [rehypeOutboundLinks], smartypants: false }),
  },
  vite: { build: { assetsInlineLimit: inlineScript } },
});
