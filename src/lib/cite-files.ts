/**
 * Where the citation downloads live under /cite/, shared by the route that writes them
 * (src/pages/cite/[...file].ts) and the link check that must know they exist. No Astro imports.
 */

/** Citation download formats: file extension → [key of `citationFormats`, content type]. */
export const citeFormats = {
  bib: ['bibtex', 'application/x-bibtex; charset=utf-8'],
  ris: ['ris', 'application/x-research-info-systems; charset=utf-8'],
  json: ['csl', 'application/vnd.citationstyles.csl+json'],
} as const;
/** The file extension of one citation download format. */
export type CiteExtension = keyof typeof citeFormats;
/** Every citation download extension. */
export const citeExtensions = Object.keys(citeFormats) as CiteExtension[];

/** The file path under /cite/ (no extension) of the study's citation files. */
export const studyFile = 'study';

/** The file path under /cite/ (no extension) of a findings page's citation files in one locale. */
export const pageFile = (lang: string, slug: string) => `${lang}/${slug}`;

/** The file path under /cite/ (no extension) of a key finding's citation files. */
export const findingFile = (lang: string, slug: string, id: string) => `${lang}/${slug}/${id}`;
