/** A production build must know the site's public address: without it citations would print a placeholder. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function build(env: Record<string, string | undefined>) {
  const rest = { ...process.env };
  delete rest.SITE_URL;
  try {
    await run('npx', ['tsx', 'scripts/build.ts'], { env: { ...rest, ...env, OUT_DIR: 'dist-never' }, timeout: 60_000 });
    return { code: 0, stderr: '' };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

describe('SITE_URL', () => {
  it('stops a build without it, with a clear message and no stack trace', async () => {
    const result = await build({});
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/SITE_URL is not set/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
  it('stops a build with a malformed one', async () => {
    const result = await build({ SITE_URL: 'rights.example.org/' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/SITE_URL must be an origin/);
  });
});
