import { describe, expect, it } from 'vitest';
import { citationFormats, findingItem, findingsPageItem } from '../../src/lib/citation';
import { study } from '../../src/lib/study';

const studyUrl =
  'https://www.nswp.org/resource/other-publications/sex-workers-organising-change-self-representation-community-mobilisation';

const page = findingsPageItem({
  slug: 'overview',
  lang: 'es',
  title: 'Resumen: lo que dicen las trabajadoras sexuales',
  url: 'https://rights.example.org/es/findings/overview/',
  siteName: 'Pregunta a las expertas',
  year: 2024,
});

describe('Chicago author-date citations', () => {
  it('cites the study as the Chicago Manual of Style author-date reference list does', () => {
    expect(citationFormats(study).chicago).toBe(
      'Global Alliance Against Traffic in Women. 2018. “Sex Workers Organising for Change: Self-Representation, ' +
        'Community Mobilisation, and Working Conditions.” Bangkok: GAATW International Secretariat. ' +
        `${studyUrl}.`,
    );
  });
  it("cites a key finding under its page's title, in its own language, ending in the finding's permalink", () => {
    expect(citationFormats(findingItem(page, 'overview-drop-in')).chicago).toBe(
      'Pregunta a las expertas. 2024. “Resumen: lo que dicen las trabajadoras sexuales.” Pregunta a las ' +
        'expertas. 2024. https://rights.example.org/es/findings/overview/#finding-overview-drop-in.',
    );
  });
});

describe('APA citations', () => {
  it('cites the study in APA 7th edition, beside Chicago', () => {
    expect(citationFormats(study).apa).toBe(
      'Global Alliance Against Traffic in Women. (2018). Sex Workers Organising for Change: Self-representation, ' +
        `community mobilisation, and working conditions. GAATW International Secretariat. ${studyUrl}`,
    );
  });
});
