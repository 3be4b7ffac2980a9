/**
 * The internal link check (src/lib/internal-links.ts) stops the build on a link to an address the site does
 * not build; it knows those addresses from src/lib/site-routes.ts. This test holds that list to the build:
 * every page the build wrote is on it, and everything on it was written.
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSiteContent } from '../../src/lib/site-content';
import { readPageFiles, readPublicFiles, siteRoutes } from '../../src/lib/site-routes';
import { DIST, builtPages } from '../site';

test('the link check knows exactly the addresses the build wrote', async () => {
  const files = await readSiteContent(process.env.CONTENT_DIR ?? 'content');
  const routes = siteRoutes(await readPageFiles('src/pages'), files, await readPublicFiles('public'));
  const built = builtPages();
  expect(
    built.filter((path) => !routes.has(path)),
    'pages built that the link check does not know',
  ).toEqual([]);
  const written = (path: string) => existsSync(path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path));
  // A build with SKIP_PDF=1 prints no brief PDF at all; a full build must print every one.
  const pdfsPrinted = [...routes].some((path) => path.endsWith('.pdf') && written(path));
  const skippedPdf = (path: string) => path.endsWith('.pdf') && !pdfsPrinted;
  expect(
    [...routes].filter((path) => !written(path) && !skippedPdf(path)),
    'addresses the link check accepts that the build did not write',
  ).toEqual([]);
  expect(routes.size).toBeGreaterThan(built.length);
});
