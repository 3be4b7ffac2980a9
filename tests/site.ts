/** What the browser tests need to know about the built site, read from the build under test. */
import * as built from '../scripts/lib/built';

/** The build the main tests run against. */
export const DIST = process.env.TEST_DIST ?? 'dist';

/** Every built HTML page as a URL path (e.g. `/en/guides/police-encounters/`). */
export const builtPages = (dist = DIST): string[] => built.builtPages(dist);

/** The HTML of a built page by its URL path. */
export const builtHtml = (path: string, dist = DIST): string => built.builtHtml(path, dist);
