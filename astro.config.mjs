// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { locales, localeCodes, sourceLocale } from './src/i18n/locales.ts';
import { site } from './src/site.config.ts';
import { cspDirectives } from './src/lib/csp.ts';

// BASE lets the same site be built under a sub-path (e.g. BASE=/rights/); it must end with a slash.
const base = process.env.BASE ?? '/';

export default defineConfig({
  site: site.url,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
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
  ],
  security: {
    csp: {
      directives: cspDirectives,
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // No code blocks in our content, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  vite: { plugins: [tailwindcss()] },
});
