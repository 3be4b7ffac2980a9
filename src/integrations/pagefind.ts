/**
 * The search index: Pagefind over the built pages through its Node API, one index per language. Every
 * error Pagefind reports stops the build, and so does a language of the site without an index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Builds the index of `outDir` into `outDir/pagefind`; `langs` are the `lang` values every index must cover. */
export async function indexSite(outDir: string, langs: readonly string[]): Promise<{ pages: number }> {
  const failed = (what: string, errors: readonly string[]) =>
    new Error(`Pagefind could not ${what}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length) throw failed('start', errors);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw failed(`index ${outDir}`, added.errors);
    if (added.page_count === 0) throw failed(`index ${outDir}`, ['no HTML page was found']);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw failed('write its files', written.errors);
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    const indexed = Object.keys(entry.languages).map((l) => l.toLowerCase());
    const missing = langs.filter((l) => !indexed.includes(l.toLowerCase()));
    if (missing.length) {
      throw new Error(`Pagefind built no index for: ${missing.join(', ')} (indexed: ${indexed.join(', ')})`);
    }
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
