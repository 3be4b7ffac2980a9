import { describe, expect, it } from 'vitest';
import { briefItem, citationFormats } from '../../src/lib/citation';

describe('briefItem', () => {
  const item = briefItem({
    slug: 'removing-penalties',
    lang: 'es',
    brief: { title: 'Eliminar las sanciones', date: new Date('2026-03-08') },
    url: 'https://rights.example.org/es/briefs/removing-penalties/',
    siteName: 'Pregunta a las expertas',
  });
  it('is a report by the site, dated to the day, in the language of its text', () => {
    expect(item).toEqual({
      id: 'ask-the-experts-brief-es-removing-penalties',
      type: 'report',
      title: 'Eliminar las sanciones',
      author: [{ literal: 'Pregunta a las expertas' }],
      publisher: 'Pregunta a las expertas',
      issued: { 'date-parts': [[2026, 3, 8]] },
      language: 'es',
      URL: 'https://rights.example.org/es/briefs/removing-penalties/',
    });
  });
  it('formats like any other item', () => {
    expect(citationFormats(item).bibtex).toMatch(/^@techreport\{[\s\S]*title = \{Eliminar las sanciones\}/);
  });
});
