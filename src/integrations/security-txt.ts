/** How long a security.txt stays valid: RFC 9116 asks for less than a year, so 364 days from the build. */
export const SECURITY_TXT_DAYS = 364;

/** The fields of /.well-known/security.txt. */
export interface SecurityTxt {
  /** Where to report: an https URL or mailto: address. */
  contact: string;
  /** Canonical URL of the file itself. */
  canonical: string;
  /** Languages reports are read in. */
  languages: readonly string[];
  /** Build time; Expires is counted from it. */
  now: Date;
}

/** The file's text (RFC 9116), expiring a year after the build. */
export function securityTxt({ contact, canonical, languages, now }: SecurityTxt): string {
  const expires = new Date(now.getTime() + SECURITY_TXT_DAYS * 24 * 60 * 60 * 1000);
  return [
    `Contact: ${contact}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    `Preferred-Languages: ${languages.join(', ')}`,
    `Canonical: ${canonical}`,
    '',
  ].join('\n');
}

/** Days until the Expires line of a security.txt, from `now`; NaN when it has none. */
export function daysUntilExpiry(text: string, now: Date): number {
  const expires = /^Expires: (.+)$/m.exec(text)?.[1];
  return expires ? (new Date(expires).getTime() - now.getTime()) / (24 * 60 * 60 * 1000) : NaN;
}
