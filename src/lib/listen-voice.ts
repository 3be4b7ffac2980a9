/**
 * "Listen": which voice may read a page (src/components/Listen.astro shows the control only when there is one).
 * No Node, Astro or DOM imports, and imported by nothing else in the browser: it is bundled into the small
 * script inlined in every guide and findings page, which must be one chunk.
 *
 * Privacy: only a voice whose `localService` is true is ever chosen. A network voice sends the text to a
 * speech service, which would learn what the reader reads; the control is not shown without a local voice.
 */

/** What the choice needs of a `SpeechSynthesisVoice`. */
export interface VoiceLike {
  /** BCP-47 tag, as the platform reports it (Android may write `en_US`). */
  lang: string;
  /** True for a voice that runs on the device; false for one that sends the text to a server. */
  localService: boolean;
  /** The platform's default voice (for its language, or overall). */
  default?: boolean;
}

/** Lower case, `_` read as `-`; Mandarin (`cmn`) is `zh`, Cantonese (`yue`) is `zh` as spoken in Hong Kong. */
const norm = (tag: string) =>
  tag
    .replace(/_/g, '-')
    .toLowerCase()
    .replace(/^(cmn|yue)(?=-|$)/, (m) => (m === 'yue' ? 'zh-hk' : 'zh'));

/** The primary language subtag: `pt` of `pt-BR`, `zh` of `zh-Hans`. */
export const primary = (tag: string) => norm(tag).split('-')[0];

/**
 * How well a voice's language fits the page's: 0 not at all (another language); 4 the same tag; 3 the same
 * language (`pt-BR` or `pt-PT` for `pt`). Chinese: the site's Chinese is Simplified, read in Mandarin, so
 * mainland, Singapore, `zh-Hans` and bare `zh` voices (3) come before Taiwan and `zh-Hant` ones (2, still
 * Mandarin), and Hong Kong, Macau and Cantonese voices (1) come last: a Cantonese voice is still better than
 * none for a reader whose phone has only that.
 */
export function voiceRank(voiceLang: string, pageLang: string): number {
  const v = norm(voiceLang);
  const p = norm(pageLang);
  if (primary(v) !== primary(p)) return 0;
  if (v === p) return 4;
  if (primary(p) === 'zh') return /-(hk|mo)\b/.test(v) ? 1 : /-(tw|hant)\b/.test(v) ? 2 : 3;
  return 3;
}

/**
 * The voice to read a page in `lang` with: the best-fitting LOCAL voice (the platform's default breaks a tie,
 * then list order), or none. Never a network voice, whatever else is on offer.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  let best: V | undefined;
  let score = 0;
  for (const v of voices) {
    const s = v.localService === true ? voiceRank(v.lang, lang) * 2 + (v.default ? 1 : 0) : 0;
    if (s > score) [best, score] = [v, s];
  }
  return best;
}
