/**
 * Which built files go inside the page instead of beside it. Vite and Astro ask this for every asset and
 * script chunk (as `build.assetsInlineLimit`): a page that needs nothing else arrives in one round trip.
 *
 * Inlined: the quick exit's script (every page), the Listen control's (guides and findings: it picks a local
 * voice and shows the control; the player it fetches on the first press of Play stays a file) and the key
 * findings' copy-link script (findings). Astro inlines a script chunk only when it imports nothing, so these
 * scripts share no module with any other. Everything else (search, directory filters, the Listen player)
 * stays a file of its own, fetched only where and when it is used.
 */
const INLINED_SCRIPTS = [/\/(QuickExit|Listen|KeyFindings)\.astro_astro_type_script_/];

/** `true` to inline the file, `false` to keep it a file (never Vite's size-based default). */
export function inlineScript(filePath: string): boolean {
  const path = `/${filePath.split('\\').join('/')}`;
  return INLINED_SCRIPTS.some((pattern) => pattern.test(path));
}
