/**
 * Serves the built site on 127.0.0.1 under its base path, with the headers a static host would send.
 * `npm run serve` (after a build) or `npm start`; PORT picks the port (4321 by default).
 */
import { env } from '../src/env';
import { serve } from '../src/integrations/serve';

const port = Number(process.env.PORT ?? 4321);
const server = await serve({ root: env.outDir, base: env.base, port });
const address = server.address();
const actual = typeof address === 'object' && address ? address.port : port;
console.log(`Serving ${env.outDir} at http://127.0.0.1:${actual}${env.base}  (Ctrl+C to stop)`);
