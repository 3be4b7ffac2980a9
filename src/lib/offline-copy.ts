/**
 * Removing the offline copy ("Keep these guides on this phone", src/components/OfflineCopy.astro): the caches
 * it fills and the service worker it registers (public/offline-worker.js). The copy counts as kept only while
 * the marker cache {@link CONSENT_CACHE} exists: it is written last when keeping and deleted first when
 * removing, so a keep or a removal cut off half-way (a closed tab, the exit) leaves no marker, and the next
 * visit finishes the removal.
 *
 * Browser code imports this module from src/scripts/quick-exit.ts ONLY: the build inlines the quick exit into
 * every page (so every byte here is paid on every page), which works only while its script is one chunk that
 * shares no module with another script. (OfflineCopy.astro reads the cache names in its frontmatter, at build
 * time, which adds nothing to any browser chunk; public/offline-worker.js repeats them, and
 * tests/unit/offline-copy.test.ts holds them equal.) It uses the browser's `navigator.serviceWorker` and
 * `caches`; the unit tests put fakes in their place.
 */

/** Every cache of the offline copy starts with this; the site keeps no other cache. */
export const CACHE_PREFIX = 'offline-';
/** The kept pages and the stylesheets and scripts they load. */
export const PAGES_CACHE = 'offline-pages';
/** The marker: present only once everything is stored, and while the reader has not removed the copy. */
export const CONSENT_CACHE = 'offline-consent';

/** Every service worker registration of this origin; none where there are no service workers. */
export const registrations = async (): Promise<readonly ServiceWorkerRegistration[]> =>
  (await navigator.serviceWorker?.getRegistrations()) ?? [];

/**
 * Removes the copy, in the order that keeps it safe to cut off at any point: the marker first (from then on
 * the worker answers nothing from the cache and the copy counts as removed), then every `offline-` cache, then
 * every service worker registration of this origin.
 */
export async function removeOfflineCopy(): Promise<void> {
  await caches.delete(CONSENT_CACHE);
  for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
  for (const registration of await registrations()) await registration.unregister();
}

/**
 * On every visit, before anything else: a registration without the marker is a keep or a removal that was cut
 * off, so the removal is finished. Returns whether a copy is kept. Cache Storage is not touched at all unless a
 * worker is registered (merely opening it may create an empty database on disk); without a registration there
 * are no caches either, since keeping registers the worker before it stores anything and removal unregisters
 * it last.
 */
export async function settleOfflineCopy(): Promise<boolean> {
  if (!(await registrations()).length) return false;
  if (await caches.has(CONSENT_CACHE)) return true;
  await removeOfflineCopy();
  return false;
}
