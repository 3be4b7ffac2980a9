/** The parts of citation-js we use; the packages ship no type declarations. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** Formats the data: 'bibliography', 'bibtex', 'ris', 'data'. */
    format(format: string, options?: Record<string, unknown>): unknown;
    /** The items as CSL-JSON. */
    data: Record<string, unknown>[];
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
