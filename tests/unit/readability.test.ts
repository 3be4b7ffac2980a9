import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, plainText } from '../../scripts/lib/readability';
import { readEntry } from '../content';

/** The highest Flesch–Kincaid grade a rights guide may reach: plain language is measured, not hoped for. */
const MAX_GRADE = 8;

describe('every English rights guide reads at grade 8 or lower (key points and body)', () => {
  for (const slug of readdirSync('content/guides/en').map((f) => f.replace(/\.mdx$/, ''))) {
    it(slug, () => {
      const { data, body } = readEntry('guides', 'en', slug);
      const points = (data.keyPoints as string[]).map((p) => `- ${p}`).join('\n');
      const grade = fleschKincaidGrade(plainText(`${points}\n${body}`));
      console.log(`grade ${grade.toFixed(1).padStart(4)}  content/guides/en/${slug}.mdx`);
      expect(grade, 'use shorter sentences and shorter words').toBeLessThanOrEqual(MAX_GRADE);
    });
  }
});
