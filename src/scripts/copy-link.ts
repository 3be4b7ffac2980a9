/**
 * "Copy link" on key findings. Without JavaScript the link is a plain link to the finding's permalink (the
 * address bar then holds it). With JavaScript it copies the full permalink and says so, and leaves the address
 * and history untouched.
 */
const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
  link.addEventListener('click', async (event) => {
    if (!navigator.clipboard) return; // plain link behaviour
    event.preventDefault();
    const url = new URL(link.getAttribute('href')!, location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      if (copyStatus) copyStatus.textContent = copyStatus.dataset.copied ?? '';
      link.textContent = copyStatus?.dataset.copied ?? link.textContent;
    } catch {
      location.assign(url);
    }
  });
}
