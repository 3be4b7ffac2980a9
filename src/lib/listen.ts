/**
 * "Listen": the pure logic of reading a page aloud, sentence by sentence (src/scripts/listen-player.ts wires
 * it to the page; the voice comes from src/lib/listen-voice.ts). No Node, Astro or DOM imports; imported only
 * by the player, which the page fetches when the reader first presses Play.
 */

/** The primary language subtag, lower case: `pt` of `pt-BR`, `zh` of `zh-Hans`. */
export const baseLanguage = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * The sentences of `text` as [start, end) offsets, surrounding space left out, by `Intl.Segmenter` (Chinese,
 * Arabic and Hindi punctuation included; a Thai paragraph, which has no sentence marks, stays one sentence).
 * Line breaks count as spaces: Markdown wraps lines mid-sentence. Without `Intl.Segmenter`, the whole text.
 */
export function sentences(text: string, lang: string): [number, number][] {
  const flat = text.replace(/\s/g, ' ');
  const parts =
    typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(flat)
      : [{ index: 0, segment: flat }];
  const out: [number, number][] = [];
  for (const { index, segment } of parts) {
    const lead = segment.search(/\S/);
    if (lead >= 0) out.push([index + lead, index + segment.trimEnd().length]);
  }
  return out;
}

/** Where offset `i` of text joined from pieces of these lengths falls: [piece, offset in it]. */
export function locate(lengths: readonly number[], i: number): [number, number] {
  let n = 0;
  while (n < lengths.length - 1 && i > lengths[n]!) i -= lengths[n++]!;
  return [n, i];
}

/**
 * Reading order: the items `first` picks (the title and the key points or key findings), then the rest, each
 * group in page order.
 */
export const firstThenRest = <T>(items: readonly T[], first: (item: T) => boolean): T[] => [
  ...items.filter(first),
  ...items.filter((item) => !first(item)),
];

/** What is read first: the title, then the guide's key points or the findings page's key findings. */
export const FIRST = 'h1,[data-key-points],[data-key-findings]';

/**
 * What is never read: controls and navigation (the exit bar is outside `main`; the Listen control, the
 * "Where to get help" region links, "Copy link"), whatever is not printed (`.no-print`: links such as "How to
 * offer a review"), what is hidden from everyone or from sight (`hidden`, `aria-hidden`, `.sr-only` status
 * messages), citation blocks, the list of sources, and what follows a key finding's text (its first child): its
 * source line, "Copy link" and "Cite this finding".
 */
export const SKIP =
  'nav,footer,button,select,details,script,[hidden],[aria-hidden=true],.sr-only,.no-print,[data-listen],[data-copy-link],[data-cite],[aria-labelledby=sources],[data-finding]>:not(:first-child)';

/** One unit of reading, whose text nodes are read and highlighted together: the innermost such element. */
export const BLOCK = 'h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,blockquote,figcaption,caption';
