/**
 * Prints the Chromium the tests and the PDF step will use, installing Debian's package first when none is
 * found and it can (root on Debian); otherwise stops with what to do. Run before the browser tests.
 */
import { requireChromium } from '../src/integrations/chromium';

try {
  console.log(requireChromium());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
