import { translationStatusJson, translationTables } from '../../lib/translation-status';

/** What is translated, outdated or missing, with the hash each translation must record: open data. */
export async function GET() {
  return new Response(translationStatusJson(await translationTables()), {
    headers: { 'content-type': 'application/json' },
  });
}
