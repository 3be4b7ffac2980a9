/**
 * The type of `Astro.locals`: the locale context src/middleware.ts sets on every request. (Not `src/env.d.ts`:
 * TypeScript skips a `.d.ts` beside a `.ts` of the same name, and `src/env.ts` exists.)
 */
declare namespace App {
  type LocaleContext = import('./i18n/context').LocaleContext;
  // An interface, not a type alias: Astro declares `App.Locals` and this merges into it.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Locals extends LocaleContext {}
}
