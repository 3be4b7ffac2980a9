import { syllable } from 'syllable';

/** Markdown/MDX body reduced to plain sentences: headings, list items and table cells end a sentence. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*(#+|[-*+]|\d+\.|>)\s*/, '').trim())
    .filter(Boolean)
    .map((line) => (/[.!?:;]["”’)]?$/.test(line) ? line : `${line}.`))
    .join(' ');
}

/** Counts of a text's sentences, words and syllables. */
export interface TextCounts {
  /** Sentences, ended by . ! ? : or ; */
  sentences: number;
  /** Words, runs of letters, digits, apostrophes and hyphens. */
  words: number;
  /** Syllables by the `syllable` package's English rules. */
  syllables: number;
}

/** Counts sentences, words and syllables of English plain text. */
export function countText(text: string): TextCounts {
  const sentences = text.split(/[.!?:;]+(?=\s|$)/).filter((s) => /[a-z0-9]/i.test(s)).length;
  const words = text.match(/[a-z0-9][a-z0-9'’-]*/gi) ?? [];
  return {
    sentences: Math.max(1, sentences),
    words: words.length,
    syllables: words.reduce((n, w) => n + syllable(w), 0),
  };
}

/** Flesch–Kincaid grade level: the school grade a reader needs; rights guides aim for 8 or lower. */
export function fleschKincaidGrade(text: string): number {
  const { sentences, words, syllables } = countText(text);
  if (words === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
