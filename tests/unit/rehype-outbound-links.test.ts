import { describe, expect, it } from 'vitest';
import type { Element, Properties, Root } from 'hast';
import { isOutbound, rehypeOutboundLinks } from '../../src/lib/rehype-outbound-links';

const link = (href: string, properties: Properties = {}): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href, ...properties },
  children: [],
});

describe('outbound links in content', () => {
  it('knows which links leave the site', () => {
    expect(isOutbound('https://example.org/x')).toBe(true);
    expect(isOutbound('//example.org')).toBe(true);
    expect(isOutbound('/en/guides/')).toBe(false);
    expect(isOutbound('#finding-x')).toBe(false);
    expect(isOutbound('mailto:a@b.c')).toBe(false);
  });
  it('adds noreferrer to outbound links only, keeping other rel tokens and target', () => {
    const tree: Root = {
      type: 'root',
      children: [
        link('https://example.org/', { rel: ['license'], target: '_blank' }),
        link('/en/about/'),
        link('http://example.org/', { rel: ['noreferrer'] }),
      ],
    };
    rehypeOutboundLinks()(tree);
    const [a, b, c] = tree.children as Element[];
    expect(a!.properties).toEqual({ href: 'https://example.org/', rel: ['license', 'noreferrer'], target: '_blank' });
    expect(b!.properties).toEqual({ href: '/en/about/' });
    expect(c!.properties.rel).toEqual(['noreferrer']);
  });
});
