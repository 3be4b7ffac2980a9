import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './src/integrations/chromium';

/** Ports of the test servers: the site at the root, the same site built under /sub/, and the root build behind nginx. */
export const PORT = Number(process.env.TEST_PORT ?? 4400);
export const SUB_PORT = PORT + 1;
export const NGINX_PORT = PORT + 2;
/** The builds under test; TEST_DIST lets a second checkout of the output be tested beside the first. */
const DIST = process.env.TEST_DIST ?? 'dist';

const executablePath = requireChromium();
const server = (port: number, env: Record<string, string>, path: string) => ({
  command: 'npx tsx scripts/serve.ts',
  env: { PORT: String(port), ...env },
  url: `http://127.0.0.1:${port}${path}`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
  use: {
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'site', testMatch: /(e2e|a11y)\/.*\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${PORT}` } },
    { name: 'sub-path', testMatch: /subpath\/.*\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${SUB_PORT}` } },
    { name: 'nginx', testMatch: /nginx\/.*\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${NGINX_PORT}` } },
  ],
  webServer: [
    server(PORT, { OUT_DIR: DIST }, '/'),
    server(SUB_PORT, { BASE: '/sub/', OUT_DIR: `${DIST}-sub` }, '/sub/'),
    // A real nginx with the generated header snippet, as a deployment would run it.
    { ...server(NGINX_PORT, { OUT_DIR: DIST }, '/'), command: 'npx tsx tests/nginx/serve.ts' },
  ],
});
