import type { APIRoute } from 'astro';
import { citationFormats, type CslItem } from '../../lib/citation';
import { citables } from '../../lib/findings-citations';
// Citation downloads: BibTeX, RIS and CSL-JSON for the study and every findings page.
import { citeFormats as formats } from '../../lib/cite-files';

export async function getStaticPaths() {
  return (await citables()).flatMap(({ file, item }) =>
    Object.keys(formats).map((ext) => ({ params: { file: `${file}.${ext}` }, props: { item, ext } })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { item, ext } = props as { item: CslItem; ext: keyof typeof formats };
  const [key, type] = formats[ext];
  return new Response(citationFormats(item)[key], { headers: { 'content-type': type } });
};
