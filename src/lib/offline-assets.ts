/**
 * What a kept page needs besides its HTML: the same-origin stylesheets and scripts it loads. Read from the HTML
 * text, so the build (which writes the size of the offline copy, src/integrations/offline-size.ts) and the
 * browser (which stores the copy, src/components/OfflineCopy.astro) count the same files. Pages whose CSS and
 * JavaScript are inline load nothing, and the list is empty.
 */

const TAG = /<([a-z][a-z0-9-]*)\b([^>]*)>/gi;
/** What a page never loads: comments, and the inert content of `<template>` elements. */
const INERT = /<!--[\s\S]*?-->|<template\b[\s\S]*?<\/template>/gi;
/** The code of a script, which may spell out tags that are not the page's own. */
const SCRIPT_BODY = /(<script\b[^>]*>)[\s\S]*?<\/script>/gi;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** The attributes of one tag, names in lower case, `&amp;` decoded (the only entity a built URL carries). */
function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (!found.has(name)) found.set(name, (m[2] ?? m[3] ?? m[4] ?? '').replaceAll('&amp;', '&'));
  }
  return found;
}

/**
 * The absolute URLs of the stylesheets (`<link rel="stylesheet">`), module preloads and scripts (`<script
 * src>`) of a page at `pageUrl`, and of the Listen player it fetches on the first press of Play (`data-player`,
 * so a kept guide can be listened to offline too), on the page's own origin only, each once, in page order.
 */
export function linkedAssets(html: string, pageUrl: string): string[] {
  const page = new URL(pageUrl);
  const urls = new Set<string>();
  for (const [, tag, text] of html.replace(INERT, '').replace(SCRIPT_BODY, '$1').matchAll(TAG)) {
    const attrs = attributes(text ?? '');
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const name = tag!.toLowerCase();
    const href =
      attrs.get('data-player') ??
      (name === 'script'
        ? attrs.get('src')
        : name === 'link' && (rel.includes('stylesheet') || rel.includes('modulepreload'))
          ? attrs.get('href')
          : undefined);
    if (!href) continue;
    const url = new URL(href, page);
    if (url.origin === page.origin) urls.add(url.href.replace(/#.*$/, ''));
  }
  return [...urls];
}
