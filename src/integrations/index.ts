/**
 * The site's own Astro integration: what comes after the pages, in `astro:build:done`, so that `astro build`
 * alone makes the whole site. In order: each page's CSP narrowed to the hashes of its own inline code, the size
 * of the offline copy written where it is offered, the PDFs (briefs, guide booklets), the search index, the
 * headers files for static hosts, security.txt, then the translation report. Each step prints its time; any failure stops the build with its own message. A build
 * without SITE_URL stops before it starts (its addresses would be wrong).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { env } from '../env';
import { locales } from '../i18n/locales';
import { site } from '../site.config';
import { caddySnippet, formatHeadersFile, headerRules, nginxSnippet } from './headers';
import { exactInlineHashes, type InlineHashes } from './inline-csp';
import { writeOfflineSizes } from './offline-size';
import { indexSite } from './pagefind';
import { printPdfs } from './pdf';
import { securityTxt } from './security-txt';
import { readTranslationStatus, translationReportLines } from './translation-report';

/** The message a build without SITE_URL stops with. */
export const MISSING_SITE_URL =
  'SITE_URL is not set. Set it to the public origin, e.g. SITE_URL=https://rights.example.org npm run build ' +
  '(citations, feeds and the sitemap print it). For a local preview use npm start.';

/** Stops the build with a plain message (no stack trace: the message says what to fix). */
function fail(logger: AstroIntegrationLogger, message: string): never {
  logger.error(message);
  process.exit(1);
}

/** Runs one named step, logging its start and its time; a failure stops the build with the step's name. */
async function step(logger: AstroIntegrationLogger, name: string, run: () => unknown) {
  const started = performance.now();
  logger.info(`▶ ${name}`);
  try {
    await run();
  } catch (error) {
    fail(logger, `${name} failed: ${(error as Error).message}`);
  }
  logger.info(`✓ ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

/** The integration; add it last in astro.config.mjs so it runs after the others' build hooks. */
export default function siteBuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'ask-the-experts:build',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build' && !env.siteUrl) fail(logger, MISSING_SITE_URL);
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let inline: InlineHashes = { scripts: [], styles: [] };
        await step(logger, 'exact CSP hashes of inline code', () => {
          inline = exactInlineHashes(outDir);
          logger.info(`  ${inline.styles.length} inline stylesheet(s), ${inline.scripts.length} inline script(s)`);
        });
        await step(logger, 'offline copy sizes', () => {
          logger.info(`  written into ${writeOfflineSizes(outDir, base)} page(s)`);
        });
        if (env.skipPdf) logger.info('SKIP_PDF is set: no PDFs in this build');
        else
          await step(logger, 'PDFs (briefs, booklets)', () =>
            printPdfs({ outDir, base, log: (l) => logger.info(`  ${l}`) }),
          );
        await step(logger, 'search index', async () => {
          const { pages } = await indexSite(
            outDir,
            locales.map((l) => l.lang),
          );
          logger.info(`  ${pages} pages indexed`);
        });
        await step(logger, 'headers for static hosts', () => {
          const options = { hsts: site.hsts, inline };
          writeFileSync(join(outDir, '_headers'), formatHeadersFile(headerRules(base, options)));
          writeFileSync(join(outDir, 'nginx-headers.conf'), nginxSnippet(options));
          writeFileSync(join(outDir, 'caddy-headers.conf'), caddySnippet(options));
        });
        await step(logger, 'security.txt', () => {
          mkdirSync(join(outDir, '.well-known'), { recursive: true });
          const canonical = new URL(`${base}.well-known/security.txt`, site.url).href;
          const contact = site.contact ?? new URL(`${base}en/about/`, site.url).href;
          writeFileSync(
            join(outDir, '.well-known', 'security.txt'),
            securityTxt({ contact, canonical, languages: ['en', 'es', 'fr'], now: new Date() }),
          );
        });
        await step(logger, 'translation report', () => {
          for (const line of translationReportLines(readTranslationStatus(outDir))) logger.info(line);
        });
      },
    },
  };
}
