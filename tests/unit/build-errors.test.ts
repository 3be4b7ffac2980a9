/**
 * Bad content must stop the build with the file and the field named. Each fixture under
 * tests/fixtures/content/ holds one mistake; `astro sync` (the content step of every build) must fail on it
 * with the message below, and pass on the valid fixture.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'vitest';

const run = promisify(execFile);
const FIXTURES = 'tests/fixtures/content';
/** Astro's command line, run with this Node (no npx start-up per fixture). */
const ASTRO = 'node_modules/astro/bin/astro.mjs';

/** Runs `astro sync` on a fixture folder; returns the exit status, everything printed and the cache folder. */
async function sync(fixture: string): Promise<{ ok: boolean; output: string; cacheDir: string }> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'astro-fixture-'));
  const env = {
    ...process.env,
    CONTENT_DIR: join(FIXTURES, fixture),
    CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  try {
    const { stdout, stderr } = await run(process.execPath, [ASTRO, 'sync'], { env, timeout: 90_000 });
    return { ok: true, output: stdout + stderr, cacheDir };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}`, cacheDir };
  }
}

const cases: [fixture: string, ...expected: RegExp[]][] = [
  ['empty-file', /guides\/en\/a-guide\.mdx \(file\): the file is empty/],
  ['unknown-locale', /guides\/de\/a-guide\.mdx \(locale\): unknown locale folder "de"/],
  ['orphan-translation', /guides\/ar\/other-guide\.mdx \(slug\): translation of "other-guide" has no English original/],
  ['duplicate-slug', /guides\/en\/a-guide\.mdx? \(slug\): duplicate slug "en\/a-guide"/],
  ['duplicate-organisation', /organisations\/sweat\.ya?ml \(slug\): duplicate slug "sweat"/],
  ['missing-translation-field', /guides\/es\/a-guide\.mdx \(translation\): a translation must say its status/],
  [
    'unknown-organisation',
    /findings\/en\/a-finding\.mdx \(organisations\): unknown organisations id "no-such-organisation"/,
  ],
  ['malformed-front-matter', /guides → en\/a-guide/, /keyPoints/, /guides\/en\/a-guide\.mdx/],
  ['broken-yaml', /guides\/en\/a-guide\.mdx/],
  [
    'translation-with-code',
    /guides\/es\/a-guide\.mdx:18 \(body\): "import Evil from '\.\.\/\.\.\/evil\.js';": import\/export is code/,
    /guides\/fr\/a-guide\.mdx:18 \(body\): component <Evil> is code/,
    /guides\/pt\/a-guide\.mdx:18 \(body\): HTML element <iframe>/,
    /guides\/pt\/a-guide\.mdx:18 \(body\): HTML element <b>/,
    /guides\/ru\/a-guide\.mdx:18 \(body\): <meta> element/,
    /guides\/ar\/a-guide\.mdx:18 \(body\): javascript: link/,
    /guides\/ar\/a-guide\.mdx:18 \(body\): attribute "onmouseover" on <abbr>/,
    /guides\/hi\/a-guide\.mdx:18 \(body\): data: link/,
    /guides\/hi\/a-guide\.mdx:18 \(body\): javascript: link "\]\(&#106;avascript/,
    /guides\/th\/a-guide\.mdx:18 \(body\): MDX expression "\{alert\(1\)\}/,
    /guides\/zh-hans\/a-guide\.mdx:18 \(body\): javascript: link "\[ref\]/,
  ],
  ['http-website', /organisations → sweat/, /website/, /https/, /organisations\/sweat\.yaml/],
  ['guide-without-sources', /guides → en\/a-guide/, /sources/, /guides\/en\/a-guide\.mdx/],
  [
    'bad-contact',
    /organisations → sweat/,
    /contacts\.0\.contact/,
    /must be a phone number/,
    /contacts\.2\.contact/,
    /must be an email address/,
    /contacts\.1\.source/,
    /organisations\/sweat\.yaml/,
  ],
  ['brief-study-without-source', /briefs → en\/a-brief/, /recommendations\.0\.source/, /briefs\/en\/a-brief\.mdx/],
  [
    'broken-internal-links',
    /Content errors \(2\)/,
    /guides\/en\/a-guide\.mdx:16 \(body\): link "\/en\/guides\/no-such-guide\/" leads to \/en\/guides\/no-such-guide\/, which this site does not build/,
    /guides\/en\/a-guide\.mdx:18 \(body\): link "\/en\/findings\/a-finding\/#finding-no-such-finding": \/en\/findings\/a-finding\/ has no key finding "no-such-finding" \(its key findings: real-finding\)/,
  ],
  [
    'organisation-entered-twice',
    /organisations\/sweat\.yaml \(website\): "https:\/\/www\.sweat\.org\.za\/" is the website of [^ ]*organisations\/sweat-cape-town\.yaml too/,
    /organisations\/sweat\.yaml \(name\+country\): "SWEAT \(Sex Workers Education and Advocacy Taskforce\)" in ZA is also [^ ]*organisations\/sweat-taskforce\.yaml/,
  ],
  [
    'bad-organisation',
    /organisations → sweat/,
    /country/,
    /website/,
    /services/,
    /languages/,
    /sources/,
    /lastChecked/,
    /organisations\/sweat\.yaml/,
  ],
];

// Two fixtures at a time: each `astro sync` is one Node process, and the test machine has two cores.
describe.concurrent('bad content stops the build, naming file and field', () => {
  it('accepts the valid fixture', async ({ expect }) => {
    const result = await sync('valid');
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
  });
  it('reads files that start with a UTF-8 byte order mark like any other (guide, translation, organisation)', async ({
    expect,
  }) => {
    const result = await sync('byte-order-mark');
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
    // What Astro stored: every field read, under its own name, and no mark left in a title, name or body.
    const store = readFileSync(join(result.cacheDir, 'data-store.json'), 'utf8');
    for (const value of ['"A guide"', '"Una guía"', '"SWEAT"', '"Texto."', '"name":']) expect(store).toContain(value);
    expect(store).not.toContain('\uFEFF');
  });
  it.for(cases)('%s', async ([fixture, ...expected], { expect }) => {
    const result = await sync(fixture);
    expect(result.ok).toBe(false);
    for (const pattern of expected) expect(result.output).toMatch(pattern);
  });
});
