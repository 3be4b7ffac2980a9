/**
 * Bad content must stop the build with the file and the field named. Each fixture under
 * tests/fixtures/content/ holds one mistake; `astro sync` (the content step of every build) must fail on it
 * with the message below, and pass on the valid fixture.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const FIXTURES = 'tests/fixtures/content';

/** Runs `astro sync` on a fixture folder; returns the exit status and everything printed. */
async function sync(fixture: string): Promise<{ ok: boolean; output: string }> {
  const env = {
    ...process.env,
    CONTENT_DIR: join(FIXTURES, fixture),
    CACHE_DIR: mkdtempSync(join(tmpdir(), 'astro-fixture-')),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  try {
    const { stdout, stderr } = await run('npx', ['astro', 'sync'], { env, timeout: 60_000 });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
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

describe('bad content stops the build, naming file and field', () => {
  it('accepts the valid fixture', async () => {
    const result = await sync('valid');
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
  });
  it.each(cases)('%s', async (fixture, ...expected) => {
    const result = await sync(fixture);
    expect(result.ok).toBe(false);
    for (const pattern of expected) expect(result.output).toMatch(pattern);
  });
});
