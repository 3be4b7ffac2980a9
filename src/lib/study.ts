import type { CslItem } from './citation';

/**
 * The one metadata source for the 2017 study (published 2018): every citation, meta tag, JSON-LD block and
 * the press page read it. Facts from ../shared/RESEARCH.md; no ISBN or DOI is known, so none is given.
 */
export const study: CslItem = {
  id: 'gaatw-2018-sex-workers-organising-for-change',
  type: 'report',
  title: 'Sex Workers Organising for Change: Self-representation, community mobilisation, and working conditions',
  author: [{ literal: 'Global Alliance Against Traffic in Women' }],
  publisher: 'GAATW International Secretariat',
  'publisher-place': 'Bangkok',
  issued: { 'date-parts': [[2018]] },
  'number-of-pages': '306',
  language: 'en',
  URL: 'https://www.nswp.org/resource/other-publications/sex-workers-organising-change-self-representation-community-mobilisation',
};

/** The opinion piece that summarised the study, the site's source article. */
export const sourceArticle = {
  title: 'To effectively combat trafficking in the sex industry, ask the experts – sex workers',
  publisher: 'Thomson Reuters Foundation',
  date: '2018-03-08',
  url: 'https://news.trust.org/item/20180306094408-pan1f/',
} as const;
