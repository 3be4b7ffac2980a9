/**
 * Translation report: every slug of every localized collection in every locale, as translated, outdated
 * (the English changed since) or missing. `--hashes` prints the hash each translation must record.
 * Run alone (`npm run translations`) or after the build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { localeCodes, sourceLocale } from '../src/i18n/locales';
import { splitFrontMatter } from '../src/lib/frontmatter';
import { readFolder } from '../src/lib/content-fs';
import { bodyHash, organisationReportEntries, translationReport, type ReportEntry } from '../src/lib/translation';

const root = process.env.CONTENT_DIR ?? 'content';
const collections = ['guides', 'findings', 'briefs', 'pages'];

const rows = [];
for (const collection of collections) {
  const files = await readFolder(join(root, collection));
  const entries: ReportEntry[] = files.map((f) => {
    const { data, body } = splitFrontMatter(f.text);
    return { id: f.path.replace(/\.mdx$/, ''), body, translation: data.translation as ReportEntry['translation'] };
  });
  if (process.argv.includes('--hashes')) {
    for (const e of entries.filter((x) => x.id.startsWith(`${sourceLocale}/`))) {
      console.log(`source: '${bodyHash(e.body)}'  # ${collection}/${e.id}`);
    }
    continue;
  }
  rows.push(...translationReport(collection, entries, localeCodes, sourceLocale));
}

// Organisations: one YAML each; their translations of place and summary record the hash of the English.
const orgDir = join(root, 'organisations');
const orgEntries = organisationReportEntries(
  readdirSync(orgDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ id: f.replace(/\.ya?ml$/, ''), data: parse(readFileSync(join(orgDir, f), 'utf8')) })),
);
if (process.argv.includes('--hashes')) {
  for (const e of orgEntries.filter((x) => x.id.startsWith(`${sourceLocale}/`))) {
    console.log(`source: '${bodyHash(e.body)}'  # organisations/${e.id.slice(sourceLocale.length + 1)}`);
  }
} else {
  rows.push(...translationReport('organisations', orgEntries, localeCodes, sourceLocale));
}

if (!process.argv.includes('--hashes')) {
  const summary = new Map<string, number>();
  for (const row of rows) summary.set(row.state, (summary.get(row.state) ?? 0) + 1);
  console.log(`Translations: ${[...summary].map(([state, n]) => `${n} ${state}`).join(', ')}`);
  for (const row of rows.filter((r) => r.state === 'outdated')) {
    console.log(`  outdated: ${join(root, row.collection, row.lang, row.slug)}.mdx`);
  }
  const missing = rows.filter((r) => r.state === 'missing');
  const byCollection = new Map<string, Set<string>>();
  for (const r of missing)
    byCollection.set(
      `${r.collection}/${r.lang}`,
      (byCollection.get(`${r.collection}/${r.lang}`) ?? new Set()).add(r.slug),
    );
  for (const [key, slugs] of byCollection) console.log(`  missing ${key}: ${[...slugs].join(', ')}`);
}
