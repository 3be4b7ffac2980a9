import { defaultTreeAdapter as tree, parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { excerptParts, titleText, type HtmlNode, type HtmlParser } from '../../src/lib/excerpt';

/** parse5 (a spec-conformant HTML parser) seen through the DOM's node fields, as the browser's DOMParser gives them. */
function asNode(node: DefaultTreeAdapterTypes.Node): HtmlNode {
  const element = tree.isElementNode(node);
  return {
    nodeType: tree.isTextNode(node) ? 3 : element ? 1 : 8,
    nodeName: element ? tree.getTagName(node).toUpperCase() : node.nodeName,
    nodeValue: tree.isTextNode(node) ? tree.getTextNodeContent(node) : null,
    childNodes: 'childNodes' in node ? node.childNodes.map(asNode) : [],
  };
}
const parser: HtmlParser = {
  parseFromString(html) {
    const byName = (nodes: DefaultTreeAdapterTypes.ChildNode[], name: string) =>
      nodes.find((n): n is DefaultTreeAdapterTypes.Element => tree.isElementNode(n) && n.tagName === name);
    const body = byName(byName(parse(html).childNodes, 'html')?.childNodes ?? [], 'body');
    return { body: body ? asNode(body) : null };
  },
};

describe('excerptParts', () => {
  it('shows the real characters for escaped ampersands and apostrophes, never the entities', () => {
    expect(excerptParts('Equality &amp; Human Rights for Maggie&#39;s and Maggie&#x27;s', parser)).toEqual([
      { text: "Equality & Human Rights for Maggie's and Maggie's", mark: false },
    ]);
  });
  it('keeps the highlighted words apart from the rest, with a bare & as Pagefind leaves it', () => {
    expect(excerptParts('Safety, Equality & <mark>Human</mark> <mark>Rights</mark> for Sex Workers', parser)).toEqual([
      { text: 'Safety, Equality & ', mark: false },
      { text: 'Human', mark: true },
      { text: ' ', mark: false },
      { text: 'Rights', mark: true },
      { text: ' for Sex Workers', mark: false },
    ]);
  });
  it("shows markup written in a page's text as text", () => {
    expect(excerptParts('type &lt;script&gt;alert(1)&lt;/script&gt; <mark>here</mark>', parser)).toEqual([
      { text: 'type <script>alert(1)</script> ', mark: false },
      { text: 'here', mark: true },
    ]);
  });
  it('drops any other element and comment, keeping only its text', () => {
    expect(
      excerptParts('<img src="x" onerror="alert(1)"><b>bold</b> <mark><i>match</i></mark><!-- note -->', parser),
    ).toEqual([
      { text: 'bold ', mark: false },
      { text: 'match', mark: true },
    ]);
  });
  it('gives nothing for an empty excerpt', () => {
    expect(excerptParts('', parser)).toEqual([]);
  });
});

describe('titleText', () => {
  it('reads a title the same whether Pagefind escaped it or not', () => {
    expect(titleText('Maggie&#39;s Toronto', parser)).toBe("Maggie's Toronto");
    expect(titleText("Maggie's Toronto", parser)).toBe("Maggie's Toronto");
    expect(titleText('Safety, Equality &amp; Human Rights', parser)).toBe('Safety, Equality & Human Rights');
    expect(titleText('Safety, Equality & Human Rights', parser)).toBe('Safety, Equality & Human Rights');
  });
  it('keeps a literal < in a title as text', () => {
    expect(titleText('Using <Component> & <b>', parser)).toBe('Using <Component> & <b>');
  });
});
