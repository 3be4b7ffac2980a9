import { organisationRecords } from '../../lib/organisations';
import { toJson } from '../../lib/open-data';
import { joinUrl } from '../../lib/routes';

export async function GET() {
  const schema = joinUrl(import.meta.env.BASE_URL, 'data/organisations.schema.json');
  return new Response(toJson(await organisationRecords(), schema), { headers: { 'content-type': 'application/json' } });
}
