import { recordJsonSchema } from '../../lib/open-data';

export function GET() {
  return new Response(recordJsonSchema(), { headers: { 'content-type': 'application/schema+json' } });
}
