import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** True for a link that leaves this site: an absolute http(s) or protocol-relative URL. */
export function isOutbound(href: string): boolean {
  return /^(https?:)?\/\//i.test(href.trim());
}

/**
 * Rehype plugin: every outbound link in Markdown and MDX content gets `rel="noreferrer"` (added to any rel it
 * already has), so no page address travels to another site, whoever wrote the link. `target` is left as it is.
 */
export function rehypeOutboundLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !isOutbound(href)) return;
      const rel: unknown = node.properties.rel;
      const tokens = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
      node.properties.rel = [...new Set([...tokens.filter(Boolean), 'noreferrer'])];
    });
  };
}
