/**
 * Directory filtering, shared by the build (country pages) and the browser (live filters), so both agree.
 * No Node or Astro imports: this file is bundled into the directory page's script.
 */

/** The fields of an organisation a reader can filter on. */
export interface Filterable {
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  /** World region key (see `regions`). */
  region: string;
  /** Service ids from the fixed vocabulary. */
  services: readonly string[];
  /** BCP-47 tags of languages served. */
  languages: readonly string[];
}

/** A filter: each field empty means "any". */
export interface DirectoryFilter {
  /** Country code, or ''. */
  country: string;
  /** Region key, or ''. */
  region: string;
  /** Service id, or ''. */
  service: string;
  /** Language tag, or ''; `zh` matches `zh-Hans` and `yue` only matches itself. */
  language: string;
}

/** The filter fields, in the order the form shows them and the URL query keeps them. */
export const filterKeys = ['country', 'region', 'service', 'language'] as const;

/** True when the organisation meets every non-empty part of the filter. */
export function matchesFilter(item: Filterable, filter: DirectoryFilter): boolean {
  if (filter.country && item.country !== filter.country) return false;
  if (filter.region && item.region !== filter.region) return false;
  if (filter.service && !item.services.includes(filter.service)) return false;
  if (filter.language && !item.languages.some((l) => l === filter.language || l.startsWith(`${filter.language}-`))) {
    return false;
  }
  return true;
}

/** Reads a filter from a URL query, ignoring unknown keys. */
export function filterFromQuery(query: URLSearchParams): DirectoryFilter {
  return {
    country: query.get('country') ?? '',
    region: query.get('region') ?? '',
    service: query.get('service') ?? '',
    language: query.get('language') ?? '',
  };
}

/** Writes a filter into a URL query, leaving out empty parts so shared links stay short. */
export function filterToQuery(filter: DirectoryFilter, query = new URLSearchParams()): URLSearchParams {
  for (const key of filterKeys) {
    if (filter[key]) query.set(key, filter[key]);
    else query.delete(key);
  }
  return query;
}
