import { parse } from 'yaml';

/** A Markdown/MDX file split into its YAML front matter and its body. */
export interface SplitFile {
  /** Parsed front matter (empty object when there is none). */
  data: Record<string, unknown>;
  /** Everything after the closing `---`. */
  body: string;
}

/** Splits front matter from body the way Astro's loaders do, for scripts that run outside Astro. */
export function splitFrontMatter(text: string): SplitFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: (parse(match[1]!) as Record<string, unknown> | null) ?? {}, body: text.slice(match[0].length) };
}
