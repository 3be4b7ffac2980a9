import { getCollection } from 'astro:content';
import { toRecord, type OrganisationRecord } from './open-data';

/** Every organisation as an open-data record, sorted by id; read by the data endpoints. */
export async function organisationRecords(): Promise<OrganisationRecord[]> {
  const entries = await getCollection('organisations');
  return entries.map((e) => toRecord(e.id, e.data)).sort((a, b) => a.id.localeCompare(b.id));
}
