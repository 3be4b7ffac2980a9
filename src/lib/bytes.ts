/** A file size for people, in the reader's language and digits (e.g. "84 kB", "84 ك.ب"). */
export function formatBytes(bytes: number, lang: string): string {
  const kb = Math.max(1, Math.round(bytes / 1000));
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short' }).format(kb);
}
