/**
 * The fonts PDFs embed, from npm packages pinned in the lock file, never from the machine: the print step
 * serves them to Chromium under {@link PRINT_ASSETS} and runs Chromium with a fontconfig that knows only
 * them, so the same input gives the same PDF on any machine. Web pages never load them (the site is
 * font-free); only the print step injects {@link printStylesheet}.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { decompress } from 'wawoff2';

/** The packages, in fallback order: Latin, Greek and Cyrillic first, then each script the site is written in. */
export const printFontPackages = [
  '@fontsource/noto-sans',
  '@fontsource/noto-sans-arabic',
  '@fontsource/noto-sans-thai',
  '@fontsource/noto-sans-devanagari',
  '@fontsource/noto-sans-sc',
] as const;

/** The weights the print view uses: body text and bold (headings, strong). */
const WEIGHTS = [400, 700] as const;

/** Path, on the print server's origin, under which the stylesheet and font files are served. */
export const PRINT_ASSETS = '/__print/';

const require = createRequire(import.meta.url);

/** A package's folder in node_modules. */
function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** The family name a package's stylesheet declares (e.g. `Noto Sans Arabic`). */
function familyOf(css: string, name: string): string {
  const family = /font-family:\s*'([^']+)'/.exec(css)?.[1];
  if (!family) throw new Error(`${name}: no font-family in its stylesheet`);
  return family;
}

/**
 * The stylesheet the print step adds to a page: every package's @font-face rules (their files under
 * {@link PRINT_ASSETS}), those families as the only fonts of the document, and the page number in the page's
 * bottom margin (a CSS margin box, so it is set in the same fonts).
 */
export function printStylesheet(size: 'A4' | 'A5' = 'A4'): string {
  const faces: string[] = [];
  const families: string[] = [];
  for (const name of printFontPackages) {
    for (const weight of WEIGHTS) {
      const css = readFileSync(join(packageDir(name), `${weight}.css`), 'utf8');
      if (weight === WEIGHTS[0]) families.push(familyOf(css, name));
      faces.push(css.replaceAll('url(./files/', `url(${PRINT_ASSETS}${name}/files/`));
    }
  }
  const stack = families.map((f) => `'${f}'`).join(', ');
  return `${faces.join('\n')}
html, html * { font-family: ${stack} !important; }
@page {
  size: ${size};
  margin: ${size === 'A5' ? '12mm' : '18mm'};
  @bottom-center {
    content: counter(page) ' / ' counter(pages);
    direction: ltr;
    font-family: ${stack};
    font-size: 9px;
    color: #555;
  }
}
`;
}

/** The bytes of a print asset by its URL path (`/__print/<package>/files/<file>`), or undefined. */
export function printAsset(pathname: string): Buffer | undefined {
  if (!pathname.startsWith(PRINT_ASSETS)) return undefined;
  const rest = pathname.slice(PRINT_ASSETS.length);
  const name = printFontPackages.find((p) => rest.startsWith(`${p}/files/`));
  const file = name && rest.slice(name.length + '/files/'.length);
  if (!name || !file || !/^[a-z0-9-]+\.woff2?$/.test(file)) return undefined;
  return readFileSync(join(packageDir(name), 'files', file));
}

/**
 * A fontconfig file for the printing Chromium (`FONTCONFIG_FILE`) whose only fonts are the packages' own
 * (regular and bold), so no font the machine happens to have can reach a PDF. Chromium needs some font it
 * can open itself to start, and reads only TrueType there: the packages' WOFF2 files are decompressed to
 * TrueType (wawoff2, Google's woff2 in WebAssembly) into a temporary folder once. Returns the file's path.
 */
export async function isolatedFontconfig(): Promise<string> {
  // One folder per set of package versions: a font update never reuses TrueType files made from older ones.
  const versions = [...printFontPackages, 'wawoff2'].map((name) => {
    const { version } = JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string };
    return `${name}@${version}`;
  });
  const key = createHash('sha256').update(versions.join('\n')).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `ask-the-experts-fontconfig-${key}`);
  const file = join(dir, 'fonts.conf');
  if (existsSync(file)) return file;
  // Made in a folder of this process's own, then moved into place whole: a build and a test printing at the
  // same time never see half a folder.
  const work = `${dir}.${process.pid}`;
  const fonts = join(work, 'fonts');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(fonts, { recursive: true });
  for (const name of printFontPackages) {
    const files = join(packageDir(name), 'files');
    for (const f of readdirSync(files).filter((f) => WEIGHTS.some((w) => f.endsWith(`-${w}-normal.woff2`)))) {
      writeFileSync(join(fonts, f.replace(/\.woff2$/, '.ttf')), await decompress(readFileSync(join(files, f))));
    }
  }
  writeFileSync(
    join(work, 'fonts.conf'),
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${join(dir, 'fonts')}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
</fontconfig>
`,
  );
  try {
    renameSync(work, dir);
  } catch {
    rmSync(work, { recursive: true, force: true }); // another process finished first: its folder is the same
  }
  return file;
}
