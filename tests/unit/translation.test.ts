import { describe, expect, it } from 'vitest';
import { bodyHash, translationReport, translationState } from '../../src/lib/translation';
import { fleschKincaidGrade, plainText } from '../../scripts/lib/readability';
import { checkContentFiles } from '../../src/lib/content-files';
import { aroundSlot, SLOT } from '../../src/lib/translated-text';
import { formatBytes } from '../../src/integrations/pdf';

describe('translation provenance', () => {
  const hash = bodyHash('Hello\n');
  it('hashes the trimmed body, line endings normalised', () => {
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(bodyHash('  Hello\r\n')).toBe(hash);
  });
  it('tells current, outdated and missing apart', () => {
    expect(translationState('Hello', { source: hash }, true)).toBe('current');
    expect(translationState('Hello, world', { source: hash }, true)).toBe('outdated');
    expect(translationState('Hello', undefined, false)).toBe('missing');
  });
  it('reports every slug in every locale', () => {
    const rows = translationReport(
      'guides',
      [
        { id: 'en/a', body: 'Hello' },
        { id: 'es/a', body: 'Hola', translation: { source: hash, status: 'machine' } },
      ],
      ['en', 'es', 'fr'],
      'en',
    );
    expect(rows.map((r) => [r.lang, r.state, r.status])).toEqual([
      ['en', 'source', undefined],
      ['es', 'current', 'machine'],
      ['fr', 'missing', undefined],
    ]);
  });
});

describe('readability', () => {
  it('grades short plain sentences low and long academic ones high', () => {
    expect(fleschKincaidGrade(plainText('## Stay calm\n\nDo not run. Ask if you can go.'))).toBeLessThan(3);
    expect(
      fleschKincaidGrade(
        'Notwithstanding considerable institutional heterogeneity, organisational intermediaries systematically facilitate comprehensive interdisciplinary interventions.',
      ),
    ).toBeGreaterThan(15);
  });
});

describe('content file checks', () => {
  const rules = { dir: 'content/guides', localized: true, extensions: ['mdx', 'md'] };
  it('accepts a well-formed folder', () => {
    expect(
      checkContentFiles(
        [
          { path: 'en/a.mdx', text: 'x' },
          { path: 'ar/a.mdx', text: 'y' },
        ],
        rules,
      ),
    ).toEqual([]);
  });
  it('refuses a slug another route already uses', () => {
    const pages = { ...rules, dir: 'content/pages', reserved: ['search'] };
    expect(checkContentFiles([{ path: 'en/search.mdx', text: 'x' }], pages)).toEqual([
      expect.stringContaining('content/pages/en/search.mdx (slug): "search" is reserved'),
    ]);
  });
  it('names file and field for each problem', () => {
    const errors = checkContentFiles(
      [
        { path: 'en/Bad_Slug.mdx', text: 'x' },
        { path: 'en/a.txt', text: 'x' },
        { path: 'en/deep/a.mdx', text: 'x' },
      ],
      rules,
    );
    expect(errors).toEqual([
      expect.stringContaining('content/guides/en/Bad_Slug.mdx (slug)'),
      expect.stringContaining('content/guides/en/a.txt (file type)'),
      expect.stringContaining('content/guides/en/deep/a.mdx (locale)'),
    ]);
  });
});

describe('small helpers', () => {
  it('splits a translated sentence around its slot', () => {
    expect(aroundSlot(`Source: ${SLOT}.`)).toEqual(['Source: ', '.']);
    expect(() => aroundSlot('no slot')).toThrow(/no slot/);
  });
  it('formats file sizes in the reader’s language', () => {
    expect(formatBytes(84_321, 'en')).toBe('84 kB');
    expect(formatBytes(84_321, 'fr')).toMatch(/84\s?ko/);
  });
});
