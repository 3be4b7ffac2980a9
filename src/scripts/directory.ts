/**
 * Live directory filters: with JavaScript, the filter form appears and narrows the server-rendered list at
 * once and shows the count. Filters never go into the address or history; "Copy link to these results" shares
 * them on request (share-link.ts). Without JavaScript, the per-country pages do the filtering.
 */
import {
  filterFromQuery,
  filterKeys,
  filterToQuery,
  matchesFilter,
  type DirectoryFilter,
} from '../lib/directory-filter';
import { shareButton, takeParams } from './share-link';

const form = document.querySelector<HTMLFormElement>('[data-directory-filters]');

if (form) {
  const items = [...document.querySelectorAll<HTMLElement>('[data-org]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-country-group]')];
  const count = form.querySelector<HTMLElement>('[data-directory-count]')!;
  const forms = JSON.parse(form.dataset.countForms ?? '{}') as Record<string, string>;
  const rules = new Intl.PluralRules(document.documentElement.lang);
  const select = (key: string) => form.elements.namedItem(key) as HTMLSelectElement;

  const read = (): DirectoryFilter => filterFromQuery(new URLSearchParams(new FormData(form) as unknown as string[][]));

  const apply = (filter: DirectoryFilter) => {
    let shown = 0;
    for (const item of items) {
      const d = item.dataset;
      const ok = matchesFilter(
        {
          country: d.country!,
          region: d.region!,
          services: d.services!.split(' '),
          languages: d.languages!.split(' '),
        },
        filter,
      );
      item.hidden = !ok;
      if (ok) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-org]:not([hidden])');
    count.textContent = (forms[rules.select(shown)] ?? forms.other ?? '').replace('{{count}}', String(shown));
    share.hidden = filterKeys.every((key) => !filter[key]);
  };

  const share = document.querySelector<HTMLElement>('[data-share]')!;
  shareButton(share, () => filterToQuery(read(), new URLSearchParams()));
  // A shared link's filters are read once, then stripped from the address; choosing never writes them back.
  const initial = filterFromQuery(takeParams(filterKeys));
  for (const key of filterKeys) select(key).value = initial[key];
  // On a phone the list is far below the filters: after a choice, bring the results into view and put focus
  // on the count (also announced), so the reader knows what changed without scrolling to find out.
  const narrow = matchMedia('(max-width: 640px)');
  count.tabIndex = -1;
  form.addEventListener('change', () => {
    apply(read());
    if (narrow.matches) {
      count.scrollIntoView({ block: 'start' });
      count.focus({ preventScroll: true });
    }
  });
  // The per-country and per-language link lists are the way to filter without JavaScript; with the live
  // filters they would only repeat them.
  for (const nav of document.querySelectorAll<HTMLElement>('[data-facet-nav]')) nav.hidden = true;
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () => setTimeout(() => apply(read())));
  form.hidden = false;
  apply(read());
}
