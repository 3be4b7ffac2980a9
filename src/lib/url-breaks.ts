/**
 * A long address split where a line may break without confusing a reader: never inside the scheme or the host,
 * after each `/` of the path, and before `?`, `&`, `=` and `#`. Printed PDFs put a line-break opportunity
 * (`<wbr>`) between the pieces, so `https://` always stays whole.
 */
export function urlBreaks(url: string): string[] {
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(.*)$/i.exec(url);
  if (!match) return [url];
  const [, origin, rest] = match as unknown as [string, string, string];
  const pieces = rest.split(/(?<=\/)|(?=[?&=#])/).filter(Boolean);
  return [origin, ...pieces];
}
