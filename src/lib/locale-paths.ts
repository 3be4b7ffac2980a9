import { localeCodes } from '../i18n/locales';

/** `getStaticPaths` for a route that exists once per locale (`[lang]/…`). */
export function localeStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}
