/**
 * Benchmark: how long the build takes and how much each kind of page weighs (HTML and whatever it fetches as it loads,
 * brotli), from the last build in dist/. Speed is measured here, never asserted in tests.
 *   npm run bench                      weigh dist/ as it is
 *   npm run bench -- --build           time a full build first
 *   npm run bench -- --generate 60,120 build the site with N generated guides (about 800 words, five languages)
 *                                      at each size: build time and peak memory, the marginal cost per page, a
 *                                      guide's first visit and a first search (bytes brotli, requests)
 *   npm run bench -- --starlight DIR 60  lay out a stock Starlight site with the same 60 generated guides in DIR,
 *                                      to measure the comparison figures again (then npm install, astro build)
 */
import { execFileSync } from 'node:child_process';
import { pageWeight } from './lib/weight';
import { builtPages, builtHtml } from './lib/built';
import { env } from '../src/env';
import { generatedBench } from './lib/generated-bench';
import { layOutStarlight } from './lib/starlight-site';

const dist = env.outDir;
const starlight = process.argv.indexOf('--starlight');
if (starlight !== -1) {
  const dir = process.argv[starlight + 1];
  if (!dir) throw new Error('--starlight needs a folder: npm run bench -- --starlight /tmp/starlight-bench 60');
  layOutStarlight(dir, Number(process.argv[starlight + 2] ?? 60));
  console.log(`Starlight site with generated guides in ${dir}: cd there, npm install, npx astro build`);
  process.exit(0);
}
const generate = process.argv.indexOf('--generate');
if (generate !== -1) {
  const sizes = (process.argv[generate + 1] ?? '60,120').split(',').map(Number);
  await generatedBench(sizes);
  process.exit(0);
}
if (process.argv.includes('--build')) {
  const started = performance.now();
  execFileSync('npx', ['astro', 'build'], {
    stdio: 'ignore',
    env: { SITE_URL: 'http://127.0.0.1:4321', ...process.env, OUT_DIR: dist },
  });
  console.log(`build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const kinds: [string, RegExp][] = [
  ['portal', /^\/$/],
  ['home', /^\/[^/]+\/$/],
  ['guide', /^\/[^/]+\/guides\/[^/]+\/$/],
  ['finding', /^\/[^/]+\/findings\/(?!key-facts)[^/]+\/$/],
  ['organisation', /^\/[^/]+\/organisations\/(?!map|country|region)[^/]+\/$/],
  ['directory', /^\/[^/]+\/organisations\/$/],
  ['map', /^\/[^/]+\/organisations\/map\/$/],
  ['brief', /^\/[^/]+\/briefs\/[^/]+\/$/],
  ['search', /^\/[^/]+\/search\/$/],
];
const rows = kinds.map(([kind, pattern]) => {
  const sizes = builtPages(dist)
    .filter((p) => pattern.test(p))
    .map((p) => pageWeight(builtHtml(p, dist), dist))
    .sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
  return { kind, pages: sizes.length, median, max: sizes.at(-1) ?? 0 };
});
console.log('kind          pages  median (B, br)  max (B, br)');
for (const r of rows)
  console.log(
    `${r.kind.padEnd(13)} ${String(r.pages).padStart(5)}  ${String(r.median).padStart(14)}  ${String(r.max).padStart(11)}`,
  );
