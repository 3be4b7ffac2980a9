import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './content-files';

/** Every file under a folder, recursively, with its text; hidden files (dot-files) are skipped. */
export async function readFolder(dir: string): Promise<ContentFile[]> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return [];
  }
  const files: ContentFile[] = [];
  for (const name of names.sort()) {
    if (name.split(sep).some((part) => part.startsWith('.'))) continue;
    const full = join(dir, name);
    const text = await readFile(full, 'utf8').catch(() => null);
    if (text === null) continue; // a directory
    files.push({ path: relative(dir, full).split(sep).join('/'), text });
  }
  return files;
}
