/**
 * Reading Pagefind's result strings as the reader should see them. An excerpt is text in which Pagefind has
 * escaped the page's own `<` and `>` and wrapped each matched word in `<mark>`; an HTML parser turns it back
 * into text (so no `&amp;`, `&#39;` or `&lt;` is ever shown literally) and `<mark>` runs, and nothing else of
 * the markup survives. The parser is passed in (the browser's `DOMParser` on the search page), so this stays
 * free of any DOM global; the caller builds elements from the parts with `textContent`, never from HTML.
 */

/** A node of a parsed HTML document: as much of the DOM's `Node` as reading an excerpt needs. */
export interface HtmlNode {
  /** 1 for an element, 3 for text (the DOM's `Node.ELEMENT_NODE`, `Node.TEXT_NODE`); others are skipped. */
  readonly nodeType: number;
  /** An element's tag name, in any case (`MARK` in an HTML document). */
  readonly nodeName: string;
  /** A text node's text, entities already decoded. */
  readonly nodeValue: string | null;
  /** Child nodes, in document order. */
  readonly childNodes: ArrayLike<HtmlNode>;
}

/** Parses HTML as a browser does, without running or fetching anything: the browser's `DOMParser` fits. */
export interface HtmlParser {
  /** Parses a whole document from `html`. */
  parseFromString(html: string, type: 'text/html'): { body: HtmlNode | null };
}

/** One run of an excerpt's text: highlighted (a search match, shown in `<mark>`) or not. */
export interface ExcerptPart {
  /** The text as the reader sees it. */
  text: string;
  /** Whether Pagefind marked it as matching the query. */
  mark: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The text runs of a Pagefind excerpt, in order: text inside `<mark>` is marked, every other element is
 * dropped but its text kept, comments are dropped. Adjacent runs of the same kind are joined; none is empty.
 */
export function excerptParts(html: string, parser: HtmlParser): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const visit = (node: HtmlNode, mark: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      if (!text) return;
      const last = parts[parts.length - 1];
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    } else if (node.nodeType === ELEMENT_NODE) {
      const inMark = mark || node.nodeName.toLowerCase() === 'mark';
      Array.from(node.childNodes).forEach((child) => visit(child, inMark));
    }
  };
  const body = parser.parseFromString(html, 'text/html').body;
  if (body) Array.from(body.childNodes).forEach((child) => visit(child, false));
  return parts;
}

/**
 * A result's title as plain text. Pagefind 1.6 gives the page's `<h1>` text as it reads, where earlier versions
 * gave it entity-escaped; parsing decodes any `&amp;` or `&#39;` either way, and escaping `<` first keeps a
 * literal `<` in a title from being read as the start of a tag.
 */
export function titleText(title: string, parser: HtmlParser): string {
  return excerptParts(title.replace(/</g, '&lt;'), parser)
    .map((part) => part.text)
    .join('');
}
