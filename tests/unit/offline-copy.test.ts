/**
 * The offline copy's removal (src/lib/offline-copy.ts), the files a kept page needs (src/lib/offline-assets.ts)
 * and the service worker (public/offline-worker.js), run in a sandbox against fake caches.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { CONSENT_CACHE, PAGES_CACHE, removeOfflineCopy, settleOfflineCopy } from '../../src/lib/offline-copy';
import { linkedAssets } from '../../src/lib/offline-assets';

/** Puts fake `caches` and `navigator.serviceWorker` in place, with these caches and registrations, logging calls. */
function fakeBrowser(names: string[], registrations: number) {
  const log: string[] = [];
  const caches = new Set(names);
  let registered = registrations;
  vi.stubGlobal('navigator', {
    serviceWorker: {
      getRegistrations: async () => {
        log.push('registrations');
        return Array.from({ length: registered }, () => ({
          unregister: async () => (log.push('unregister'), registered--, true),
        }));
      },
    },
  });
  vi.stubGlobal('caches', {
    has: async (name: string) => (log.push(`has ${name}`), caches.has(name)),
    keys: async () => (log.push('keys'), [...caches]),
    delete: async (name: string) => (log.push(`delete ${name}`), caches.delete(name)),
  });
  return { log, caches, registered: () => registered };
}
afterEach(() => vi.unstubAllGlobals());

describe('removing the offline copy', () => {
  it('deletes the marker first, then every offline- cache, then every registration', async () => {
    const fake = fakeBrowser([PAGES_CACHE, CONSENT_CACHE, 'offline-other', 'not-ours'], 2);
    await removeOfflineCopy();
    expect(fake.log[0]).toBe(`delete ${CONSENT_CACHE}`);
    expect(fake.log.indexOf(`delete ${PAGES_CACHE}`)).toBeLessThan(fake.log.indexOf('unregister'));
    expect([...fake.caches]).toEqual(['not-ours']);
    expect(fake.registered()).toBe(0);
  });

  it('touches no cache when no worker is registered', async () => {
    const fake = fakeBrowser([], 0);
    expect(await settleOfflineCopy()).toBe(false);
    expect(fake.log).toEqual(['registrations']);
  });

  it('does nothing where there are no service workers', async () => {
    vi.stubGlobal('navigator', {});
    expect(await settleOfflineCopy()).toBe(false);
  });

  it('keeps a copy whose marker exists', async () => {
    const fake = fakeBrowser([PAGES_CACHE, CONSENT_CACHE], 1);
    expect(await settleOfflineCopy()).toBe(true);
    expect(fake.log.filter((l) => l.startsWith('delete') || l === 'unregister')).toEqual([]);
  });

  it('finishes a keep or a removal cut off before the marker', async () => {
    const fake = fakeBrowser([PAGES_CACHE], 1);
    expect(await settleOfflineCopy()).toBe(false);
    expect([...fake.caches]).toEqual([]);
    expect(fake.registered()).toBe(0);
  });
});

describe('what a kept page loads', () => {
  it('lists same-origin stylesheets, module preloads and scripts, once each, whatever the attribute order', () => {
    const html = `<link rel="icon" href="data:image/svg+xml,x"><link href="/_astro/a.css" rel="stylesheet">
      <link rel='stylesheet' href=/_astro/a.css><link rel="modulepreload" href="/_astro/m.js">
      <script type="module" src="/_astro/s.js?v=1&amp;x=2"></script><script>inline()</script>
      <script src="https://elsewhere.example/x.js"></script><link rel="alternate" href="/es/">`;
    expect(linkedAssets(html, 'https://site.example/sub/en/guides/')).toEqual([
      'https://site.example/_astro/a.css',
      'https://site.example/_astro/m.js',
      'https://site.example/_astro/s.js?v=1&x=2',
    ]);
  });
  it('skips what the page never loads: comments, templates, tags spelled out in a script', () => {
    const html =
      '<!-- <script src="/a.js"></script> --><template><script src="/b.js"></script></template>' +
      '<script>const tag = \'<link rel="stylesheet" href="/c.css">\';</script>';
    expect(linkedAssets(html, 'https://site.example/')).toEqual([]);
  });
  it('lists the Listen player a page fetches on the first Play, so a kept guide can be listened to offline', () => {
    const html = '<div hidden data-listen data-player="/_astro/listen-player-x.js"></div>';
    expect(linkedAssets(html, 'https://site.example/en/guides/a/')).toEqual([
      'https://site.example/_astro/listen-player-x.js',
    ]);
  });
  it('is empty for a page whose code is inline', () => {
    expect(linkedAssets('<style>p{}</style><script>go()</script>', 'https://site.example/')).toEqual([]);
  });
});

describe('the service worker', () => {
  const source = readFileSync('public/offline-worker.js', 'utf8');

  it('uses the cache names of src/lib/offline-copy.ts', () => {
    expect(source).toContain(`const PAGES_CACHE = '${PAGES_CACHE}';`);
    expect(source).toContain(`const CONSENT_CACHE = '${CONSENT_CACHE}';`);
  });

  /** Loads the worker with these caches; returns what a request gets (undefined: left to the browser). */
  function worker(caches: string[], stored: Record<string, string>) {
    const listeners = new Map<string, (event: unknown) => void>();
    const fetched: string[] = [];
    const self = {
      location: { origin: 'https://site.example' },
      addEventListener: (type: string, fn: (event: unknown) => void) => listeners.set(type, fn),
      skipWaiting: async () => {},
    };
    const sandbox = {
      self,
      URL,
      caches: {
        has: async (name: string) => caches.includes(name),
        match: async (request: { url: string }, options: { cacheName?: string }) =>
          options.cacheName === PAGES_CACHE && caches.includes(PAGES_CACHE) ? stored[request.url] : undefined,
      },
      fetch: async (request: { url: string }) => (fetched.push(request.url), `network ${request.url}`),
    };
    runInNewContext(source, sandbox);
    return {
      fetched,
      async get(url: string, method = 'GET') {
        let answer: Promise<unknown> | undefined;
        listeners.get('fetch')!({ request: { url, method }, respondWith: (p: Promise<unknown>) => (answer = p) });
        return answer;
      },
    };
  }

  it('answers a kept page from the cache while the marker exists, and asks the network for the rest', async () => {
    const w = worker([PAGES_CACHE, CONSENT_CACHE], { 'https://site.example/en/guides/': 'kept page' });
    expect(await w.get('https://site.example/en/guides/')).toBe('kept page');
    expect(await w.get('https://site.example/en/findings/')).toBe('network https://site.example/en/findings/');
    expect(w.fetched).toEqual(['https://site.example/en/findings/']);
  });

  it('never answers from the cache without the marker', async () => {
    const w = worker([PAGES_CACHE], { 'https://site.example/en/guides/': 'kept page' });
    expect(await w.get('https://site.example/en/guides/')).toBe('network https://site.example/en/guides/');
  });

  it('leaves other hosts and other methods to the browser', async () => {
    const w = worker([PAGES_CACHE, CONSENT_CACHE], {});
    expect(await w.get('https://elsewhere.example/')).toBeUndefined();
    expect(await w.get('https://site.example/en/guides/', 'POST')).toBeUndefined();
    expect(w.fetched).toEqual([]);
  });
});
