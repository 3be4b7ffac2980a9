import { organisationRecords } from '../../lib/organisations';
import { toJson } from '../../lib/open-data';
import type { APIContext } from 'astro';

/** The directory as open data, pointing at its JSON Schema. */
export async function GET({ locals }: APIContext) {
  const schema = locals.urls.site('data/organisations.schema.json');
  return new Response(toJson(await organisationRecords(), schema), { headers: { 'content-type': 'application/json' } });
}
