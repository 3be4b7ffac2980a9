/**
 * Finds a Chromium for tests and PDFs: $CHROMIUM_PATH, then Playwright's own browser, then Debian's. Where
 * none exists it installs Debian's package when it can (root on Debian), else stops with what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium, and the older name some distributions use. */
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** How to get a browser, printed when none is found. */
export const HOW_TO_GET_CHROMIUM =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** The first Chromium found, or undefined. */
export function locateChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
    return fromEnv;
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here; that is expected.
  }
  return SYSTEM_PATHS.find((p) => existsSync(p));
}

/** A Chromium path, installing Debian's package when possible; throws a plain message when not. */
export function requireChromium(): string {
  const found = locateChromium();
  if (found) return found;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
  if (canApt) {
    console.log('No Chromium found: installing Debian’s chromium package…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = locateChromium();
    if (installed) return installed;
  }
  throw new Error(HOW_TO_GET_CHROMIUM);
}

/** Flags for headless Chromium on a closed network: no background traffic, no first-run work. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];
