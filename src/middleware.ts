import { defineMiddleware } from 'astro:middleware';
import { localeContext } from './i18n/context';
import { localeForRoute } from './lib/locale-paths';

/**
 * Gives every page and endpoint its locale context on `Astro.locals` (`lang`, `locale`, `t`, `urls`), at build
 * time. The locale comes from the route's `lang` param; the portal, the 404 and the files outside the locales
 * (open data, citations) are in the source locale, English.
 */
export const onRequest = defineMiddleware((context, next) => {
  Object.assign(context.locals, localeContext(localeForRoute(context.params.lang)));
  return next();
});
