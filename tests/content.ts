/** The content files as Astro reads them, for tests that check the site says what its sources say. */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** One MDX entry: its front matter and its body, parsed by Astro's own front-matter parser. */
export function readEntry(collection: string, lang: string, slug: string) {
  const { frontmatter, content } = parseFrontmatter(readFileSync(`content/${collection}/${lang}/${slug}.mdx`, 'utf8'), {
    frontmatter: 'remove',
  });
  return { data: frontmatter as Record<string, unknown>, body: content };
}
