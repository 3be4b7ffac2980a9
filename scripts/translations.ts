/**
 * Translation report of the last build: every slug of every translated collection in every locale, as
 * translated, outdated (the English changed since) or missing. `--hashes` prints the hash each translation
 * must record. `npm run translations` (after `npm run build`; OUT_DIR picks another build).
 */
import { env } from '../src/env';
import { readTranslationStatus, sourceHashLines, translationReportLines } from '../src/integrations/translation-report';

const status = readTranslationStatus(env.outDir);
const lines = process.argv.includes('--hashes') ? sourceHashLines(status) : translationReportLines(status);
console.log(lines.join('\n'));
