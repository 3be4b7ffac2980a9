/**
 * Quick exit. Without JavaScript the link simply leaves (and Back brings the page back, so nothing promises
 * otherwise). With it: the hint about Shift and Back is shown; any [data-quick-exit] link, or Shift pressed
 * three times within five seconds (alone, not with another key, never while an input method is composing),
 * blanks the page at once and leaves with location.replace, which replaces this page in history so Back does
 * not return to it. Nothing is sent or stored.
 *
 * It also removes the offline copy ("Keep these guides on this phone", src/components/OfflineCopy.astro), and
 * holds all the code that does: on "Remove from this phone" ([data-offline-remove]), on the exit (which waits
 * for it at most OFFLINE_REMOVAL_MS, and not at all when nothing is stored), and on every visit, before
 * anything else, when a keep or a removal was cut off (a worker is registered but the marker cache is gone).
 * The build inlines this script into every page, so src/lib/offline-copy.ts must stay imported by it alone.
 */
import { registrations, removeOfflineCopy, settleOfflineCopy } from '../lib/offline-copy';

/** Whether an offline copy may be stored: undefined until the check at load ends. */
let offlineStored: boolean | undefined;
const offlineSettled = settleOfflineCopy().then(
  (kept) => (offlineStored = kept),
  () => (offlineStored = true),
);
// This page starts keeping a copy; or another tab may have kept one since this page loaded (looked for, at the
// registrations only, when the page is shown or hidden): from then on the exit removes.
document.addEventListener('offline-copy:keeping', () => (offlineStored = true));
document.addEventListener('visibilitychange', () =>
  registrations().then((found) => (offlineStored ||= found.length > 0)),
);

/** Removes the offline copy, then tells the page (`offline-copy:removed`); what fails, the next visit finishes. */
const removeOffline = () =>
  removeOfflineCopy()
    .then(
      () => (offlineStored = false),
      () => {},
    )
    .then(() => document.dispatchEvent(new Event('offline-copy:removed')));
document.addEventListener('click', (e) => (e.target as Element).closest?.('[data-offline-remove]') && removeOffline());

/** The exit waits at most this long for the offline copy to be removed; the next visit finishes a removal cut off. */
const OFFLINE_REMOVAL_MS = 450;
const WINDOW_MS = 5000;
const PRESSES = 3;

const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
const announcer = document.querySelector<HTMLElement>('[data-quick-exit-status]');
const scriptHint = document.querySelector<HTMLElement>('[data-exit-script-hint]');
const title = document.title;
let presses: number[] = [];

function exit(event?: Event) {
  window.speechSynthesis?.cancel(); // stop "Listen" reading aloud
  event?.preventDefault();
  document.documentElement.hidden = true;
  document.title = '';
  const leave = () => location.replace(link!.href);
  // Nothing stored: leave at once. Otherwise leave once the copy is removed, or after OFFLINE_REMOVAL_MS.
  if (offlineStored === false) return leave();
  const removed = offlineSettled.then(() => offlineStored && removeOffline());
  void Promise.race([removed, new Promise((done) => setTimeout(done, OFFLINE_REMOVAL_MS))]).then(leave);
}

/** Input methods (Chinese, Japanese, Korean…) use Shift to switch mode while composing: never count those. */
const composing = (e: KeyboardEvent) => e.isComposing || e.key === 'Process' || e.keyCode === 229;

if (link) {
  if (scriptHint) {
    scriptHint.hidden = false;
    link.setAttribute('aria-describedby', `${link.getAttribute('aria-describedby') ?? ''} ${scriptHint.id}`.trim());
  }
  for (const trigger of document.querySelectorAll<HTMLAnchorElement>('a[data-quick-exit]')) {
    trigger.addEventListener('click', exit);
  }

  let otherKeyDuringShift = false;
  document.addEventListener('compositionstart', () => (presses = []));
  document.addEventListener('keydown', (e) => {
    if (composing(e) || e.key !== 'Shift') {
      otherKeyDuringShift = true;
      presses = [];
    } else if (!e.repeat) {
      otherKeyDuringShift = e.ctrlKey || e.altKey || e.metaKey;
    }
  });
  document.addEventListener('keyup', (e) => {
    if (e.key !== 'Shift') return;
    if (otherKeyDuringShift || composing(e)) {
      otherKeyDuringShift = false;
      presses = [];
      return;
    }
    const now = performance.now();
    presses = [...presses.filter((t) => now - t < WINDOW_MS), now];
    const left = PRESSES - presses.length;
    if (left <= 0) return exit();
    if (announcer) announcer.textContent = announcer.dataset[`left${left}`] ?? '';
  });

  // Coming back from the back/forward cache: the page is restored whole, as if freshly opened.
  addEventListener('pageshow', (e) => {
    if (!e.persisted) return;
    document.documentElement.hidden = false;
    document.title = title;
    presses = [];
    if (announcer) announcer.textContent = '';
  });
}
