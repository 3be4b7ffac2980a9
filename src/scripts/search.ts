/**
 * Client search on /<lang>/search/ only: loads Pagefind from our own origin, searches this page's language
 * (Pagefind picks the index from <html lang>), filters by section. Shown only when it can run. The query never
 * goes into the address or history (see share-link.ts).
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: { baseUrl: string; bundlePath: string; noWorker: boolean }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    q: string,
    o: { filters: Record<string, string> },
    ms: number,
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

import { excerptParts, titleText } from '../lib/excerpt';
import { shareButton, takeParams } from './share-link';

const root = document.querySelector<HTMLElement>('[data-search]');

/**
 * Results shown at first and added by each press of "More results": each costs a fragment request, so a
 * first search on a slow connection fetches five, not every match.
 */
const PAGE_SIZE = 5;

/** Appends a Pagefind excerpt as text nodes and <mark> elements, parsed by the DOM (never as innerHTML). */
function appendExcerpt(target: HTMLElement, excerpt: string, parser: DOMParser) {
  for (const part of excerptParts(excerpt, parser)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      target.append(mark);
    } else target.append(part.text);
  }
}

async function start(el: HTMLElement) {
  if (typeof WebAssembly !== 'object') return;
  const form = el.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const select = form.querySelector<HTMLSelectElement>('select')!;
  const status = el.querySelector<HTMLElement>('[data-search-status]')!;
  const list = el.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = el.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const forms = JSON.parse(el.dataset.resultForms ?? '{}') as Record<string, string>;
  const rules = new Intl.PluralRules(document.documentElement.lang);
  const parser = new DOMParser();

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${el.dataset.bundle}pagefind.js`)) as Pagefind;
    // No Web Worker: searching one language's small index on the page costs nothing noticeable, and the
    // worker is one more request and 11 KB for a reader on a metered connection.
    await pagefind.options({ baseUrl: el.dataset.base!, bundlePath: el.dataset.bundle!, noWorker: true });
    await pagefind.init();
  } catch {
    return; // WebAssembly blocked (e.g. Lockdown Mode): the browsable list stays.
  }

  /** One result as a list item: its title as a link, its excerpt with the matches marked. */
  function item(r: PagefindResult): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title ? titleText(r.meta.title, parser) : r.url;
    a.className = 'title';
    const p = document.createElement('p');
    appendExcerpt(p, r.excerpt, parser);
    li.append(a, p);
    return li;
  }

  /** The matches of the current query, and how many of them are shown (their fragments fetched). */
  let matches: { data(): Promise<PagefindResult> }[] = [];
  let shown = 0;

  /** Fetches the next {@link PAGE_SIZE} results' fragments and appends them; returns the first new item. */
  async function showMore(): Promise<HTMLLIElement | undefined> {
    const batch = matches.slice(shown, shown + PAGE_SIZE);
    const items = (await Promise.all(batch.map((r) => r.data()))).map(item);
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= matches.length;
    return items[0];
  }

  async function run() {
    const q = input.value.trim();
    const filters: Record<string, string> = select.value ? { section: select.value } : {};
    share.hidden = !q;
    if (!q) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const search = await pagefind.debouncedSearch(q, { filters }, 200);
    if (!search) return; // superseded by a newer query
    matches = search.results;
    shown = 0;
    list.replaceChildren();
    await showMore();
    const n = matches.length;
    status.textContent =
      n === 0 ? el.dataset.none! : (forms[rules.select(n)] ?? forms.other ?? '').replace('{{count}}', String(n));
  }

  // More results: the next five, and the keyboard lands on the first of them.
  more.addEventListener('click', () => {
    void showMore().then((first) => first?.querySelector('a')?.focus());
  });

  const share = el.querySelector<HTMLElement>('[data-share]')!;
  shareButton(share, () => {
    const params = new URLSearchParams({ q: input.value.trim() });
    if (select.value) params.set('section', select.value);
    return params;
  });
  // A shared link's query is read once, then stripped from the address; typing never writes it back.
  const params = takeParams(['q', 'section']);
  input.value = params.get('q') ?? '';
  select.value = params.get('section') ?? '';
  form.addEventListener('submit', (e) => e.preventDefault());
  input.addEventListener('input', () => void run());
  select.addEventListener('change', () => void run());
  form.hidden = false;
  el.querySelector<HTMLElement>('[data-search-fallback]')!.hidden = true;
  if (input.value) await run();
}

if (root) void start(root);
