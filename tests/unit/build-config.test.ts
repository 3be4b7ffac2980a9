/** A build stops at once, with a plain message, when the environment cannot make a correct site. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EnvError, readEnv } from '../../src/env';

const run = promisify(execFile);

/** Runs `astro build` with the given variables (SITE_URL unset unless given) into a folder never kept. */
async function build(env: Record<string, string | undefined>) {
  const rest = { ...process.env };
  delete rest.SITE_URL;
  try {
    await run('npx', ['astro', 'build'], {
      env: { ...rest, ...env, OUT_DIR: 'dist-never', CACHE_DIR: 'node_modules/.astro-never' },
      timeout: 60_000,
    });
    return { code: 0, output: '' };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: `${e.stdout}\n${e.stderr}` };
  }
}

describe('a production build', () => {
  it('stops without SITE_URL, with a clear message and no stack trace', async () => {
    const result = await build({});
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/SITE_URL is not set/);
    expect(result.output).not.toMatch(/^\s+at /m);
  });
  it('stops with a malformed SITE_URL', async () => {
    const result = await build({ SITE_URL: 'rights.example.org/' });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/SITE_URL must be an origin/);
    expect(result.output).not.toMatch(/^\s+at /m);
  });
  it('stops with a BASE that does not start and end with a slash', async () => {
    const result = await build({ SITE_URL: 'https://rights.example.org', BASE: '/sub' });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/BASE must start and end with "\/"/);
  });
});

describe('readEnv', () => {
  it('reads defaults for a local build', () => {
    expect(readEnv({})).toMatchObject({ siteUrl: undefined, base: '/', outDir: 'dist', hsts: true, skipPdf: false });
  });
  it('names the variable that is wrong', () => {
    expect(() => readEnv({ BASE: 'sub/' })).toThrow(EnvError);
    expect(() => readEnv({ SITE_CONTACT: 'press@example.org' })).toThrow(/SITE_CONTACT/);
    expect(() => readEnv({ HSTS: 'no' })).toThrow(/HSTS must be "on" or "off"/);
  });
  it('accepts a sub-path, a contact and HSTS off', () => {
    expect(
      readEnv({ BASE: '/rights/', SITE_CONTACT: 'mailto:press@example.org', HSTS: 'off', SKIP_PDF: '1' }),
    ).toMatchObject({ base: '/rights/', contact: 'mailto:press@example.org', hsts: false, skipPdf: true });
  });
});
