/**
 * The benchmark on generated content (`npm run bench -- --generate 60,120`): the site built with N placeholder
 * guides at two or more sizes, so the marginal cost of a page shows, and what a reader on a slow connection
 * pays for a guide and for a first search. The same generated content can be laid out in another site for
 * comparison (README, "Benchmark").
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from '../../src/integrations/chromium';
import { serve } from '../../src/integrations/serve';
import { builtHtml, builtPages } from './built';
import { writeGeneratedGuides } from './generate-guides';
import { mainWords, pageWeight, servedBytes } from './weight';

/** One build's cost. */
interface BuildCost {
  /** Generated guides per language. */
  guides: number;
  /** HTML pages the build wrote. */
  pages: number;
  /** Wall time of `astro build`, seconds. */
  seconds: number;
  /** Peak resident memory of the build, MB. */
  peakMb: number;
}

/** Builds the site with `n` generated guides into a temporary folder; returns its cost and output folder. */
function buildWith(n: number): { cost: BuildCost; dist: string } {
  const dir = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  cpSync('content', join(dir, 'content'), { recursive: true });
  writeGeneratedGuides(join(dir, 'content'), n);
  const dist = join(dir, 'dist');
  // Astro's own build API in a Node process of its own, which reports its peak memory when it is done: no
  // tool beyond Node is needed (the search indexer's separate process is not counted).
  const script =
    "import { build } from 'astro'; await build({ logLevel: 'error' }); " +
    "console.log('BENCH', process.resourceUsage().maxRSS);";
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      SITE_URL: 'http://127.0.0.1:4321',
      CONTENT_DIR: join(dir, 'content'),
      OUT_DIR: dist,
      CACHE_DIR: join(dir, 'cache'),
      SKIP_PDF: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const peakKb = /BENCH (\d+)/.exec(run.stdout)?.[1];
  if (run.status !== 0 || !peakKb) throw new Error(`the build with ${n} guides failed:\n${run.stderr.slice(-2000)}`);
  return {
    dist,
    cost: { guides: n, pages: builtPages(dist).length, seconds, peakMb: Number(peakKb) / 1024 },
  };
}

/** A guide's first visit, then a first search from it: requests and bytes (brotli), in a real browser. */
async function readerCost(dist: string, guide: string, query: string) {
  const requests: string[] = [];
  const server = await serve({ root: dist, base: '/', port: 0, onRequest: (url) => requests.push(url) });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}${guide}`, { waitUntil: 'networkidle' });
    const visit = [...requests];
    requests.length = 0;
    await page.goto(`${origin}/en/search/`, { waitUntil: 'networkidle' });
    await page.getByRole('searchbox').fill(query);
    await page.locator('[data-search-results] li').first().waitFor();
    await page.waitForLoadState('networkidle');
    const search = [...requests];
    const sum = (urls: string[]) => urls.reduce((n, u) => n + servedBytes(dist, u), 0);
    return {
      visit: { requests: visit.length, bytes: sum(visit) },
      search: { requests: search.length, bytes: sum(search) },
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Starlight's figures on the same generated content (astro 7.3.5, starlight 0.42.4, 60 guides of about 800
 * words in nine locales; measured for issue 14 on the 2-core test machine), to print ours beside them.
 */
const STARLIGHT = {
  visit: { requests: 8, kb: 23.0 },
  search: { requests: 11, kb: 114 },
  perPage: { ms: 15.5, mb: 0.54 },
};

/** "12.3 (1.05 × Starlight)". */
const versus = (ours: number, theirs: number, digits = 1) =>
  `${ours.toFixed(digits)} (${(ours / theirs).toFixed(2)} × Starlight's ${theirs})`;

/** Runs the benchmark at each size and prints the figures. */
export async function generatedBench(sizes: readonly number[]): Promise<void> {
  const builds = sizes.map((n) => {
    console.log(`building with ${n} generated guides per language…`);
    return buildWith(n);
  });
  console.log('\nguides  pages  build (s)  peak memory (MB)');
  for (const { cost } of builds) {
    console.log(
      `${String(cost.guides).padStart(6)}  ${String(cost.pages).padStart(5)}  ${cost.seconds.toFixed(1).padStart(9)}  ${cost.peakMb.toFixed(0).padStart(16)}`,
    );
  }
  const [a, b] = [builds[0]!.cost, builds.at(-1)!.cost];
  if (b.pages > a.pages) {
    const pages = b.pages - a.pages;
    const ms = ((b.seconds - a.seconds) * 1000) / pages;
    const mb = (b.peakMb - a.peakMb) / pages;
    console.log(
      `marginal cost per page: ${versus(ms, STARLIGHT.perPage.ms)} ms, ${versus(mb, STARLIGHT.perPage.mb, 2)} MB`,
    );
  }
  const { dist } = builds.at(-1)!;
  // The median generated English guide, as the budget is stated for it.
  const guides = builtPages(dist).filter((p) => /^\/en\/guides\/bench-guide-\d+\/$/.test(p));
  const guide = guides[Math.floor(guides.length / 2)]!;
  const html = builtHtml(guide, dist);
  const own = pageWeight(html, dist);
  const cost = await readerCost(dist, guide, 'police');
  console.log(`\n${guide} (median generated guide, ${mainWords(html)} words): ${own} B brotli (budget 8192)`);
  console.log(
    `first visit:  ${cost.visit.requests} requests (Starlight ${STARLIGHT.visit.requests}), ` +
      `${versus(cost.visit.bytes / 1000, STARLIGHT.visit.kb)} KB brotli`,
  );
  console.log(
    `first search: ${cost.search.requests} requests (Starlight ${STARLIGHT.search.requests}), ` +
      `${versus(cost.search.bytes / 1000, STARLIGHT.search.kb)} KB brotli (budget 1.10 ×)`,
  );
  for (const { dist: d } of builds) rmSync(join(d, '..'), { recursive: true, force: true });
}
