/**
 * Quick exit. Without JavaScript the link simply leaves (and Back brings the page back, so nothing promises
 * otherwise). With it: the hint about Shift and Back is shown; any [data-quick-exit] link, or Shift pressed
 * three times within five seconds (alone, not with another key, never while an input method is composing),
 * blanks the page at once and leaves with location.replace, which replaces this page in history so Back does
 * not return to it. Nothing is sent or stored.
 */
const WINDOW_MS = 5000;
const PRESSES = 3;

const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
const announcer = document.querySelector<HTMLElement>('[data-quick-exit-status]');
const scriptHint = document.querySelector<HTMLElement>('[data-exit-script-hint]');
const title = document.title;
let presses: number[] = [];

function exit(event?: Event) {
  event?.preventDefault();
  document.documentElement.hidden = true;
  document.title = '';
  location.replace(link!.href);
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
