/**
 * Every built page ends with `</html>`. Anything after it (a stray `<script>` written after a layout, say) is
 * moved into the body by browsers, lands outside the page's landmarks and is a parse error for validators.
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { DIST, builtHtml, builtPages } from '../site';

/** What follows the document's closing `</html>` tag, or null when there is none. */
function afterHtml(html: string): string | null {
  const end = /<\/html\s*>/i.exec(html);
  return end ? html.slice(end.index + end[0].length) : null;
}

// The root build and the copy built under /sub/ (the sub-path project serves it from `<dist>-sub`).
for (const dist of [DIST, `${DIST}-sub`]) {
  test(`nothing but whitespace follows </html> on any page of ${dist}`, () => {
    expect(existsSync(dist), `${dist} is built`).toBe(true);
    const pages = builtPages(dist);
    expect(pages.length).toBeGreaterThan(100);
    const offenders = pages.flatMap((path) => {
      const rest = afterHtml(builtHtml(path, dist));
      if (rest === null) return [`${path}: no </html>`];
      return rest.trim() === '' ? [] : [`${path}: ${rest.trim().slice(0, 80)}`];
    });
    expect(offenders).toEqual([]);
  });
}
