/**
 * The whole build, in order: Astro, the brief PDFs, Pagefind (one index per language), the headers files for
 * static hosts, security.txt, then the translation report. Any step that fails stops the build with its own message.
 * `npm run build`; BASE=/sub/ OUT_DIR=dist-sub builds under a sub-path.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatHeadersFile } from '../src/lib/headers-file';
import { caddySnippet, headerRules, nginxSnippet } from '../src/lib/security-headers';
import { locales } from '../src/i18n/locales';
import { securityTxt } from '../src/lib/security-txt';
import { site } from '../src/site.config';

// Citations, feeds, the sitemap and security.txt print the site's address: a build must know the real one.
// `npm start` and the tests pass a local address; a production build without SITE_URL stops here.
const siteUrl = process.env.SITE_URL;
if (!siteUrl || !/^https?:\/\/[^/]+$/.test(siteUrl)) {
  console.error(
    siteUrl
      ? `SITE_URL must be an origin such as https://rights.example.org (no path, no trailing slash), not "${siteUrl}".`
      : 'SITE_URL is not set. Set it to the public origin, e.g. SITE_URL=https://rights.example.org npm run build ' +
          '(citations, feeds and the sitemap print it). For a local preview use npm start.',
  );
  process.exit(1);
}

const outDir = process.env.OUT_DIR ?? 'dist';
const base = process.env.BASE ?? '/';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function step(name: string, run: () => void) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  run();
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

step('astro build', () => execFileSync('npx', ['astro', 'build'], { stdio: 'inherit', env }));

if (process.env.SKIP_PDF) console.log('\n(SKIP_PDF is set: no brief PDFs in this build)');
else step('brief PDFs', () => execFileSync('npx', ['tsx', 'scripts/pdf.ts'], { stdio: 'inherit', env }));

step('pagefind', () => {
  execFileSync('npx', ['pagefind', '--site', outDir], { stdio: 'inherit', env });
  const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, unknown>;
  };
  const indexed = Object.keys(entry.languages).map((l) => l.toLowerCase());
  const missing = locales.filter((l) => !indexed.includes(l.lang.toLowerCase()));
  if (missing.length) {
    throw new Error(
      `Pagefind built no index for: ${missing.map((l) => l.code).join(', ')} (indexed: ${indexed.join(', ')})`,
    );
  }
});

step('headers for static hosts', () => {
  const options = { hsts: site.hsts };
  writeFileSync(join(outDir, '_headers'), formatHeadersFile(headerRules(base, options)));
  writeFileSync(join(outDir, 'nginx-headers.conf'), nginxSnippet(options));
  writeFileSync(join(outDir, 'caddy-headers.conf'), caddySnippet(options));
});

step('security.txt', () => {
  mkdirSync(join(outDir, '.well-known'), { recursive: true });
  const canonical = new URL(`${base}.well-known/security.txt`, site.url).href;
  const contact = site.contact ?? new URL(`${base}en/about/`, site.url).href;
  writeFileSync(
    join(outDir, '.well-known', 'security.txt'),
    securityTxt({ contact, canonical, languages: ['en', 'es', 'fr'], now: new Date() }),
  );
});

step('translation report', () => execFileSync('npx', ['tsx', 'scripts/translations.ts'], { stdio: 'inherit', env }));
