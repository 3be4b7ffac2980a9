/**
 * Lays out a stock Starlight site with the benchmark's generated guides (`npm run bench -- --starlight <dir>
 * [n]`), so the comparison figures in the benchmark can be measured again: the same N guides of about 800
 * words in the same five languages, as Starlight docs pages in the same nine locales. The versions are those
 * the issue measured. Then, in that folder: `npm install`, `npx astro build`, serve `dist/` and open a guide.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locales, sourceLocale } from '../../src/i18n/locales';
import { benchLanguages, writeGeneratedGuides } from './generate-guides';

/** The versions the issue compared with. */
export const STARLIGHT_VERSIONS = { astro: '7.3.5', '@astrojs/starlight': '0.42.4' } as const;

/** Writes the Starlight project into `dir` (created; it must not hold another project) with `n` guides. */
export function layOutStarlight(dir: string, n: number): void {
  mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
  const packageJson = {
    name: 'starlight-bench',
    private: true,
    type: 'module',
    scripts: { build: 'astro build' },
    dependencies: STARLIGHT_VERSIONS,
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  const starlightLocales = Object.fromEntries(
    locales.map((l) => [l.code, { label: l.endonym, lang: l.lang, ...(l.dir === 'rtl' ? { dir: 'rtl' } : {}) }]),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  integrations: [
    starlight({
      title: 'Starlight bench',
      defaultLocale: ${JSON.stringify(sourceLocale)},
      locales: ${JSON.stringify(starlightLocales, null, 2).replace(/\n/g, '\n      ')},
    }),
  ],
});
`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  // The same files the site's benchmark builds (front matter Starlight does not know is ignored by its schema).
  const generated = mkdtempSync(join(tmpdir(), 'starlight-guides-'));
  try {
    writeGeneratedGuides(generated, n);
    for (const lang of benchLanguages) {
      cpSync(join(generated, 'guides', lang), join(dir, 'src', 'content', 'docs', lang, 'guides'), { recursive: true });
    }
  } finally {
    rmSync(generated, { recursive: true, force: true });
  }
  for (const l of locales) {
    mkdirSync(join(dir, 'src', 'content', 'docs', l.code), { recursive: true });
    writeFileSync(
      join(dir, 'src', 'content', 'docs', l.code, 'index.mdx'),
      `---\ntitle: ${l.endonym}\n---\n\nGenerated guides for the benchmark.\n`,
    );
  }
}
