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

/** The article that names every organisation that took part in the study, and why the seven countries. */
export const participantsSource = {
  title: 'Sex workers organising for change',
  publisher:
    'openDemocracy, Beyond Trafficking and Slavery (Borislav Gerasimov, GAATW); republished by Brigada Callejera',
  date: '2018-06-02',
  url: 'https://brigadaac.mayfirst.org/Sex-workers-organising-for-change',
} as const;

/** One organisation that took part: its name, and its directory id when it has an entry. */
export interface Participant {
  /** Name as the source gives it. */
  name: string;
  /** Directory id (`content/organisations/<id>.yaml`); absent for those not in the directory (e.g. closed). */
  id?: string;
}

/**
 * The organisations that took part in the study, by country (ISO code), in the order the source lists them
 * ({@link participantsSource}). Colectivo Hetaira closed in 2019, so it has no directory entry.
 */
export const participants: readonly { country: string; organisations: readonly Participant[] }[] = [
  {
    country: 'CA',
    organisations: [
      { name: 'Stella', id: 'stella' },
      { name: 'Butterfly', id: 'butterfly' },
    ],
  },
  { country: 'MX', organisations: [{ name: 'Brigada Callejera', id: 'brigada-callejera' }] },
  { country: 'ES', organisations: [{ name: 'Hetaira' }, { name: 'Genera' }] },
  {
    country: 'ZA',
    organisations: [
      { name: 'SWEAT', id: 'sweat' },
      { name: 'Sisonke', id: 'sisonke' },
    ],
  },
  {
    country: 'IN',
    organisations: [
      { name: 'SANGRAM', id: 'sangram' },
      { name: 'VAMP', id: 'vamp' },
    ],
  },
  { country: 'TH', organisations: [{ name: 'Empower', id: 'empower' }] },
  { country: 'NZ', organisations: [{ name: "New Zealand Prostitutes' Collective (NZPC)", id: 'nzpc' }] },
];
