import { organisationRecords } from '../../lib/organisations';
import { toCsv } from '../../lib/open-data';

export async function GET() {
  return new Response(toCsv(await organisationRecords()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
