import { describe, expect, it } from 'vitest';
import { urlBreaks } from '../../src/lib/url-breaks';

describe('urlBreaks', () => {
  it('keeps the scheme and host whole, then breaks after slashes and before query parts', () => {
    expect(urlBreaks('https://www.fmreview.org/issue64/gerasimov?x=1&y=2#p')).toEqual([
      'https://www.fmreview.org',
      '/',
      'issue64/',
      'gerasimov',
      '?x',
      '=1',
      '&y',
      '=2',
      '#p',
    ]);
    expect(urlBreaks('https://example.org').join('')).toBe('https://example.org');
  });
  it('leaves anything that is not an absolute URL alone', () => {
    expect(urlBreaks('mailto:a@b.c')).toEqual(['mailto:a@b.c']);
  });
  it('never splits inside the scheme', () => {
    for (const url of ['https://a.example/b/c/d', 'http://x.y/very-long-path/with/many/parts']) {
      expect(urlBreaks(url)[0]).toMatch(/^https?:\/\/[^/]+$/);
      expect(urlBreaks(url).join('')).toBe(url);
    }
  });
});
