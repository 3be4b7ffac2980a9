/**
 * Every environment variable the site reads, read and checked here once. Config, pages, the build integration
 * and the scripts import {@link env}; nothing else reads `process.env` for these. A bad value stops with a
 * message naming the variable.
 */

/** Thrown for a variable with a value that cannot work; the message names it and says what it must look like. */
export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvError';
  }
}

/** The local address used when SITE_URL is unset (`astro dev`, content checks); never printed by a real build. */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4321';

/** Reads the variables from `source` (the process's environment by default) and checks each. */
export function readEnv(source: Record<string, string | undefined> = process.env) {
  const siteUrl = source.SITE_URL || undefined;
  if (siteUrl !== undefined && !/^https?:\/\/[^/]+$/.test(siteUrl)) {
    throw new EnvError(
      `SITE_URL must be an origin such as https://rights.example.org (no path, no trailing slash), not "${siteUrl}".`,
    );
  }
  const base = source.BASE || '/';
  if (!base.startsWith('/') || !base.endsWith('/')) {
    throw new EnvError(`BASE must start and end with "/" (e.g. BASE=/rights/), not "${base}".`);
  }
  const contact = source.SITE_CONTACT || undefined;
  if (contact !== undefined && !/^(https:\/\/|mailto:)/.test(contact)) {
    throw new EnvError(`SITE_CONTACT must be an https:// address or a mailto: address, not "${contact}".`);
  }
  const hsts = source.HSTS ?? 'on';
  if (hsts !== 'on' && hsts !== 'off') throw new EnvError(`HSTS must be "on" or "off", not "${hsts}".`);
  return {
    /** Public origin (SITE_URL), or undefined when unset: a production build then stops. */
    siteUrl,
    /** Path the site is served under (BASE), starting and ending with a slash. */
    base,
    /** How to reach the people running this copy (SITE_CONTACT): an https or mailto address, or undefined. */
    contact,
    /** Whether the headers files send Strict-Transport-Security (HSTS=off turns it off for a host without HTTPS). */
    hsts: hsts === 'on',
    /** Folder the build writes (OUT_DIR). */
    outDir: source.OUT_DIR || 'dist',
    /** Astro's cache folder (CACHE_DIR): fixture builds use their own so they never touch the real one. */
    cacheDir: source.CACHE_DIR || './node_modules/.astro',
    /** Root of the editable content (CONTENT_DIR): fixture builds point it elsewhere. */
    contentDir: source.CONTENT_DIR || 'content',
    /** SKIP_PDF=1 builds without PDFs (the sub-path test build). */
    skipPdf: Boolean(source.SKIP_PDF),
  } as const;
}

/** The environment of this process, checked: a bad value stops the process with its message alone. */
function checkedEnv(): ReturnType<typeof readEnv> {
  try {
    return readEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** The checked environment of this process. */
export const env = checkedEnv();
