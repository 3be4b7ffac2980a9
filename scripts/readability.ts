/**
 * Reports the Flesch–Kincaid grade of each English rights guide (key points and body) and fails when one is
 * above the target, so plain language is measured, not hoped for. `npm run readability`.
 */
import { join } from 'node:path';
import { readFolder } from '../src/lib/content-fs';
import { splitFrontMatter } from '../src/lib/frontmatter';
import { fleschKincaidGrade, plainText } from '../src/lib/readability';

/** The highest grade a guide may reach. */
export const MAX_GRADE = 8;

const dir = join(process.env.CONTENT_DIR ?? 'content', 'guides', 'en');
let failed = 0;
for (const file of await readFolder(dir)) {
  const { data, body } = splitFrontMatter(file.text);
  const points = Array.isArray(data.keyPoints) ? data.keyPoints.map((p) => `- ${String(p)}`).join('\n') : '';
  const grade = fleschKincaidGrade(plainText(`${points}\n${body}`));
  const ok = grade <= MAX_GRADE;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} grade ${grade.toFixed(1).padStart(4)}  ${join(dir, file.path)}`);
}
if (failed) {
  console.error(`${failed} guide(s) above grade ${MAX_GRADE}: use shorter sentences and shorter words.`);
  process.exit(1);
}
