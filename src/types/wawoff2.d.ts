/** wawoff2 ships no types: the one function the print step uses. */
declare module 'wawoff2' {
  /** Decompresses a WOFF2 font to TrueType/OpenType bytes. */
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
