import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, pageWithExactHashes, unionOfHashes, withHashes } from '../../src/integrations/inline-csp';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>p{color:red}</style></head><body>${body}</body></html>`;

describe('exact CSP hashes of inline code', () => {
  it('hashes inline scripts that run and styles, once each, but not external scripts or JSON data', () => {
    const html = page(
      "script-src 'self'",
      '<script type="module">go()</script><script type="module">go()</script><script src="/a.js"></script>' +
        '<script type="application/ld+json">{}</script><script type="application/json">[]</script>',
    );
    expect(inlineHashes(html)).toEqual({ scripts: [sha('go()')], styles: [sha('p{color:red}')] });
  });

  it("replaces the site-wide hashes Astro writes with the page's own, keeping every other source", () => {
    const policy =
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC='";
    expect(withHashes(policy, { scripts: ["'sha256-X='"], styles: [] })).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-X='; style-src 'self'",
    );
  });

  it('rewrites the meta policy of a page, and stops on a page without one, naming it', () => {
    const { html, hashes } = pageWithExactHashes(
      page("script-src 'self' 'sha256-old='; style-src 'self' 'sha256-old='", '<script type="module">go()</script>'),
      'en/index.html',
    );
    expect(html).toContain(`script-src 'self' ${sha('go()')}; style-src 'self' ${sha('p{color:red}')}`);
    expect(html).not.toContain('sha256-old');
    expect(hashes.scripts).toEqual([sha('go()')]);
    expect(() => pageWithExactHashes('<html><script>x</script></html>', 'en/x/index.html')).toThrow(
      /en\/x\/index\.html: no Content-Security-Policy <meta>/,
    );
  });

  it('gives the headers files each hash of the build once, sorted', () => {
    expect(
      unionOfHashes([
        { scripts: ["'b'", "'a'"], styles: ["'s'"] },
        { scripts: ["'a'"], styles: ["'s'"] },
      ]),
    ).toEqual({ scripts: ["'a'", "'b'"], styles: ["'s'"] });
  });
});
