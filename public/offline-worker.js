// @ts-check
/* global self, caches, fetch */
/**
 * The service worker of the offline copy ("Keep these guides on this phone"). It is registered only when the
 * reader presses that button (src/components/OfflineCopy.astro), which also stores the pages; it is removed,
 * with every cache, by "Remove from this phone", by the quick exit, or on the next visit after either was cut
 * off (src/scripts/quick-exit.ts, src/lib/offline-copy.ts).
 *
 * It stores nothing and requests nothing of its own, and holds no list of pages. For a same-origin GET it
 * answers from the cache `offline-pages` while the marker cache `offline-consent` exists (removal deletes the
 * marker first, so a half-removed copy is never served); any other request goes on to the network unchanged.
 * The cache names are those of src/lib/offline-copy.ts (tests/unit/offline-copy.test.ts holds them equal).
 */

const PAGES_CACHE = 'offline-pages';
const CONSENT_CACHE = 'offline-consent';

/** @typedef {Event & { request: Request, respondWith(response: Promise<Response>): void }} WorkerFetchEvent */
/** @typedef {{ skipWaiting(): Promise<void>, location: Location }} OfflineWorkerScope */

const workerScope = /** @type {OfflineWorkerScope} */ (/** @type {unknown} */ (self));

/**
 * The kept copy of a request while the marker exists, or else the network's answer.
 * @param {Request} request
 * @returns {Promise<Response>}
 */
async function answerFromCopy(request) {
  if (await caches.has(CONSENT_CACHE)) {
    const kept = await caches.match(request, { cacheName: PAGES_CACHE });
    if (kept) return kept;
  }
  return fetch(request);
}

// A new version of this file takes over at once rather than after every tab of the site is closed.
self.addEventListener('install', () => void workerScope.skipWaiting());

self.addEventListener('fetch', (event) => {
  const { request } = /** @type {WorkerFetchEvent} */ (event);
  if (request.method !== 'GET' || new URL(request.url).origin !== workerScope.location.origin) return;
  /** @type {WorkerFetchEvent} */ (event).respondWith(answerFromCopy(request));
});
