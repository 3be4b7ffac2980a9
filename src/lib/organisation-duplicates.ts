import type { Organisation } from '../schemas/organisation';

/** What the check needs of one directory entry: its file and the fields that identify an organisation. */
export interface IdentifiedOrganisation {
  /** The file as an editor finds it (e.g. `content/organisations/sweat.yaml`). */
  file: string;
  /** Validated data. */
  data: Pick<Organisation, 'name' | 'country' | 'website'>;
}

/**
 * A website as a key for "the same site": scheme, a leading `www.`, the host's case, the default port, a
 * trailing slash and the fragment do not count; the path, its case and the query do.
 */
export function normalisedWebsite(website: string): string {
  const url = new URL(website);
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  return `${host}${port}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

/** A name as a key for "the same name": Unicode-normalised, case and runs of spaces ignored. */
export function normalisedName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * The same organisation entered twice under two ids: two entries with the same website (normalised by
 * {@link normalisedWebsite}), or the same name (normalised by {@link normalisedName}) in the same country.
 * One message per later entry, naming both files and the field (`website` or `name+country`).
 */
export function duplicateOrganisations(entries: readonly IdentifiedOrganisation[]): string[] {
  const problems: string[] = [];
  const byWebsite = new Map<string, IdentifiedOrganisation>();
  const byName = new Map<string, IdentifiedOrganisation>();
  const sorted = [...entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const entry of sorted) {
    const { name, country, website } = entry.data;
    if (website !== undefined) {
      const key = normalisedWebsite(website);
      const first = byWebsite.get(key);
      if (first) {
        problems.push(
          `${entry.file} (website): "${website}" is the website of ${first.file} too ("${first.data.website}"): ` +
            'the same organisation entered twice? Keep one entry',
        );
      } else byWebsite.set(key, entry);
    }
    const nameKey = `${country} ${normalisedName(name)}`;
    const twin = byName.get(nameKey);
    if (twin) {
      problems.push(
        `${entry.file} (name+country): "${name}" in ${country} is also ${twin.file} ("${twin.data.name}"): ` +
          'the same organisation entered twice? Keep one entry',
      );
    } else byName.set(nameKey, entry);
  }
  return problems;
}
