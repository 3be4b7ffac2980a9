/**
 * Quick exit. Without JavaScript the link simply leaves. With it: any [data-quick-exit] link, or Shift
 * pressed three times within five seconds (alone, not with another key), blanks the page at once and
 * leaves with location.replace so Back does not return here. Nothing is sent or stored.
 */
const WINDOW_MS = 5000;
const PRESSES = 3;

const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
const announcer = document.querySelector<HTMLElement>('[data-quick-exit-status]');

function exit(event?: Event) {
  event?.preventDefault();
  document.documentElement.hidden = true;
  document.title = '';
  location.replace(link!.href);
}

if (link) {
  for (const trigger of document.querySelectorAll<HTMLAnchorElement>('a[data-quick-exit]')) {
    trigger.addEventListener('click', exit);
  }

  let presses: number[] = [];
  let otherKeyDuringShift = false;
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Shift') {
      otherKeyDuringShift = true;
      presses = [];
    } else if (!e.repeat) {
      otherKeyDuringShift = e.ctrlKey || e.altKey || e.metaKey;
    }
  });
  document.addEventListener('keyup', (e) => {
    if (e.key !== 'Shift') return;
    if (otherKeyDuringShift) {
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

  // Coming back from the back/forward cache: show the page again rather than a blank one.
  addEventListener('pageshow', (e) => {
    if (e.persisted) document.documentElement.hidden = false;
  });
}
