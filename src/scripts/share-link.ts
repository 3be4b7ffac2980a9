/**
 * Search terms and filters never go into the address bar or history: a reader's "police raid" must not sit in
 * their browser history, address-bar suggestions or a synced account. A link that arrives with them still
 * works (read once, then stripped from the address), and sharing is an explicit "Copy link" button that puts
 * the link on the clipboard only when pressed.
 */

/** Reads `keys` from the address, then removes them from it without adding a history entry. */
export function takeParams(keys: readonly string[]): URLSearchParams {
  const url = new URL(location.href);
  const taken = new URLSearchParams();
  for (const key of keys) {
    for (const value of url.searchParams.getAll(key)) taken.append(key, value);
    url.searchParams.delete(key);
  }
  if ([...taken].length > 0) history.replaceState(history.state, '', url);
  return taken;
}

/**
 * Wires a "Copy link to these results" button (the caller shows it when there is something to share): on press,
 * copies the page address with `params()` as its query. Where the clipboard is unavailable, shows the link in
 * a read-only field, selected, for the reader to copy.
 */
export function shareButton(root: HTMLElement, params: () => URLSearchParams) {
  const button = root.querySelector<HTMLButtonElement>('[data-share-button]');
  const status = root.querySelector<HTMLElement>('[data-share-status]');
  const field = root.querySelector<HTMLInputElement>('[data-share-field]');
  if (!button || !status || !field) return;
  button.addEventListener('click', async () => {
    const url = new URL(location.pathname, location.href);
    url.search = params().toString();
    try {
      await navigator.clipboard.writeText(url.href);
      field.hidden = true;
      status.textContent = status.dataset.copied ?? '';
    } catch {
      field.value = url.href;
      field.hidden = false;
      field.select();
      status.textContent = status.dataset.manual ?? '';
    }
  });
}
