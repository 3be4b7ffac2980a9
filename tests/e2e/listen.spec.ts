/**
 * "Listen" (src/components/Listen.astro): a page is read aloud only with a voice stored on the device, never a
 * network voice. Chromium's own speech is replaced by a fake that records every utterance (text, voice, rate)
 * and every call, and ends each utterance asynchronously (or, with `hold`, only when the test says so).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { site } from '../../src/site.config';
import { primary } from '../../src/lib/listen-voice';

interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}
interface Spoken {
  text: string;
  voice: string | null;
  lang: string | null;
  local: boolean | null;
  rate: number;
}
interface SpeechLog {
  spoken: Spoken[];
  calls: string[];
}
declare global {
  interface Window {
    __speech: { log: SpeechLog; doc: string; end(): void; addVoices(): void };
  }
}

/** Local and network voices for every language of the site; a network voice is each platform's default. */
const VOICES: FakeVoice[] = [
  { name: 'Network English', lang: 'en-US', localService: false, default: true },
  { name: 'Local English', lang: 'en-GB', localService: true },
  { name: 'Network Spanish', lang: 'es-ES', localService: false },
  { name: 'Local Spanish', lang: 'es-MX', localService: true },
  { name: 'Local French', lang: 'fr-FR', localService: true },
  { name: 'Local Portuguese', lang: 'pt_BR', localService: true },
  { name: 'Local Russian', lang: 'ru-RU', localService: true },
  { name: 'Network Arabic', lang: 'ar', localService: false },
  { name: 'Local Arabic', lang: 'ar-SA', localService: true },
  { name: 'Local Hindi', lang: 'hi-IN', localService: true },
  { name: 'Network Thai', lang: 'th-TH', localService: false },
  { name: 'Local Thai', lang: 'th-TH', localService: true },
  { name: 'Local Cantonese', lang: 'zh-HK', localService: true },
  { name: 'Network Mandarin', lang: 'zh-CN', localService: false },
  { name: 'Local Mandarin', lang: 'zh-CN', localService: true },
];

/** The voice each language must be read with. */
const EXPECTED: Record<string, string> = {
  en: 'Local English',
  es: 'Local Spanish',
  fr: 'Local French',
  pt: 'Local Portuguese',
  ru: 'Local Russian',
  ar: 'Local Arabic',
  hi: 'Local Hindi',
  th: 'Local Thai',
  'zh-hans': 'Local Mandarin',
};

/** Runs in the page before its scripts: replaces speechSynthesis and SpeechSynthesisUtterance. */
function fakeSpeech({ voices, late, hold }: { voices: FakeVoice[]; late: boolean; hold: boolean }) {
  type U = SpeechSynthesisUtterance & { voice: FakeVoice | null };
  const log: SpeechLog = { spoken: [], calls: [] };
  // This document's own name, so the test counts the cancels of each page it opens apart.
  const doc = String(Math.random());
  let list = late ? [] : voices;
  let queue: U[] = [];
  let current: U | null = null;
  let paused = false;
  // Asynchronous like real speech, but without setTimeout's clamping: a whole guide is read in a moment.
  const tasks: (() => void)[] = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => tasks.shift()?.();
  const later = (f: () => void) => {
    tasks.push(f);
    channel.port2.postMessage(0);
  };
  const fire = (u: U, type: string) => {
    const handler = (u as unknown as Record<string, unknown>)[`on${type}`];
    if (typeof handler === 'function') handler.call(u, Object.assign(new Event(type), { utterance: u }));
  };
  const end = (u: U) => {
    if (current !== u) return;
    current = null;
    fire(u, 'end');
    pump();
  };
  const pump = () => {
    if (current || paused || !queue.length) return;
    const u = (current = queue.shift()!);
    later(() => {
      if (current !== u) return;
      fire(u, 'start');
      fire(u, 'boundary');
      if (!hold) later(() => end(u));
    });
  };
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => list,
    speak(u: U) {
      log.calls.push('speak');
      const v = u.voice;
      log.spoken.push({
        text: u.text,
        voice: v?.name ?? null,
        lang: v?.lang ?? null,
        local: v?.localService ?? null,
        rate: u.rate,
      });
      queue.push(u);
      pump();
    },
    cancel() {
      log.calls.push('cancel');
      // Also told to the test at once, so a cancel is seen even while the page is leaving.
      (window as unknown as { __cancelled?: (doc: string) => void }).__cancelled?.(doc);
      const gone = [current, ...queue].filter((u): u is U => !!u);
      current = null;
      queue = [];
      paused = false;
      for (const u of gone) later(() => fire(u, 'error'));
    },
    pause() {
      log.calls.push('pause');
      paused = true;
    },
    resume() {
      log.calls.push('resume');
      paused = false;
      pump();
    },
  });
  Object.defineProperty(synth, 'speaking', { get: () => !!current });
  Object.defineProperty(synth, 'paused', { get: () => paused });
  Object.defineProperty(synth, 'pending', { get: () => queue.length > 0 });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  class Utterance extends EventTarget {
    voice = null;
    lang = '';
    rate = 1;
    pitch = 1;
    volume = 1;
    onstart = null;
    onend = null;
    onerror = null;
    onboundary = null;
    constructor(public text = '') {
      super();
    }
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  window.__speech = {
    log,
    doc,
    end: () => current && end(current),
    addVoices() {
      list = voices;
      synth.dispatchEvent(new Event('voiceschanged'));
    },
  };
}

async function open(page: Page, path: string, { voices = VOICES, late = false, hold = false } = {}) {
  await page.addInitScript(fakeSpeech, { voices, late, hold });
  await page.goto(path);
}

const control = (page: Page) => page.locator('[data-listen]');
const log = (page: Page) => page.evaluate(() => window.__speech.log);

/** Reads the whole page (every utterance ends at once) and returns what was spoken. */
async function listenToAll(page: Page) {
  await control(page).locator('[data-listen-play]').click();
  await expect(control(page)).toHaveAttribute('data-state', 'idle');
  return (await log(page)).spoken;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Checks that the first utterances say exactly `texts`, in order, and returns how many they were. Sentences are
 * the text with the spaces around them left out, so joining both with spaces must give the same.
 */
function expectSpokenFirst(spoken: Spoken[], texts: string[]): number {
  const expected = flat(texts.join(' '));
  let said = '';
  let n = 0;
  while (said.length < expected.length && n < spoken.length) said = flat(`${said} ${spoken[n++]!.text}`);
  // Chinese and Thai do not put a space between sentences or list items: compare without spaces.
  expect(said.replace(/ /g, '')).toBe(expected.replace(/ /g, ''));
  return n;
}

/** True when one of these utterances starts the given text. */
const starts = (spoken: Spoken[], text: string) => spoken.some((s) => flat(text).startsWith(flat(s.text)));

for (const locale of locales) {
  test(`a guide in ${locale.code} is read with a local ${locale.code} voice, title and key points first`, async ({
    page,
  }) => {
    await open(page, `/${locale.code}/guides/police-encounters/`);
    await expect(control(page)).toBeVisible();
    const spoken = await listenToAll(page);
    expect(spoken.length).toBeGreaterThan(10);
    for (const s of spoken) {
      expect(s.local, s.text).toBe(true);
      expect(s.voice, s.text).toBe(EXPECTED[locale.code]);
      expect(primary(s.lang!)).toBe(primary(locale.lang));
      expect(s.rate).toBe(1);
    }
    const first = [
      await page.locator('h1').innerText(),
      await page.locator('[data-key-points] h2').innerText(),
      ...(await page.locator('[data-key-points] li').allInnerTexts()),
    ];
    const n = expectSpokenFirst(spoken, first);
    // Then the body, which comes after the key points.
    expect(starts(spoken.slice(n), await page.locator('main .prose p').first().innerText())).toBe(true);
    // Never read: the control, the list of sources, the links to other pages.
    const never = [
      ...(await control(page).locator('button, span').allInnerTexts()),
      await page.locator('#sources').innerText(),
      await page.locator('#find-help').innerText(),
    ].map(flat);
    expect(spoken.filter((s) => never.includes(flat(s.text)))).toEqual([]);
  });
}

test('a findings page: key findings first, no citation read; a stand-in page is read in English', async ({ page }) => {
  await open(page, '/en/findings/canada/');
  let spoken = await listenToAll(page);
  const n = expectSpokenFirst(spoken, [
    'Canada',
    'Key findings',
    ...(await page.locator('[data-key-findings] li > p:first-child').allInnerTexts()),
  ]);
  expect(n).toBeLessThan(spoken.length);
  expect(starts(spoken.slice(n), await page.locator('main .prose p').first().innerText())).toBe(true);
  expect(spoken.filter((s) => /APA|BibTeX|Copy link|Cite this/.test(s.text))).toEqual([]);
  expect(spoken.every((s) => s.voice === 'Local English')).toBe(true);

  // Arabic chrome, English text: the English local voice, and nothing in Arabic (the headings in the UI language).
  await page.goto('/ar/findings/canada/');
  await expect(control(page)).toBeVisible();
  // Its own labels are Arabic, marked so inside the English text.
  await expect(control(page)).toHaveAttribute('lang', 'ar');
  await expect(control(page)).toHaveAttribute('dir', 'rtl');
  spoken = await listenToAll(page);
  expect(spoken[0]!.text).toBe('Canada');
  expect(spoken.every((s) => s.voice === 'Local English')).toBe(true);
  expect(spoken.filter((s) => /[\u0600-\u06ff]/.test(s.text))).toEqual([]);
});

test('with only network voices for the language the control stays hidden and nothing is spoken', async ({ page }) => {
  const voices = VOICES.filter((v) => primary(v.lang) !== 'th' || !v.localService);
  await open(page, '/th/guides/police-encounters/', { voices });
  await page.evaluate(() => window.__speech.addVoices());
  await expect(control(page)).toBeHidden();
  await expect(control(page)).toHaveAttribute('hidden', '');
  expect((await log(page)).spoken).toEqual([]);
});

test('voices that arrive only with voiceschanged show the control', async ({ page }) => {
  await open(page, '/zh-hans/guides/police-encounters/', { late: true });
  await expect(control(page)).toBeHidden();
  await page.evaluate(() => window.__speech.addVoices());
  await expect(control(page)).toBeVisible();
  const spoken = await listenToAll(page);
  expect(new Set(spoken.map((s) => s.voice))).toEqual(new Set(['Local Mandarin']));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('nothing shows', async ({ page }) => {
    await page.goto('/en/guides/police-encounters/');
    await expect(control(page)).toBeHidden();
    await page.goto('/en/findings/canada/');
    await expect(control(page)).toBeHidden();
  });
});

test('play, pause, resume, speed and stop call the speech API; the sentence is highlighted', async ({ page }) => {
  await open(page, '/en/guides/police-encounters/', { hold: true });
  const play = control(page).locator('[data-listen-play]');
  await expect(play).toHaveText('Play');
  await play.click();
  await expect(play).toHaveText('Pause');
  const highlighted = () =>
    page.evaluate(() => {
      const h = CSS.highlights.get('listen');
      return h ? [...h].map((r) => r.toString()).join('') : null;
    });
  expect(await highlighted()).toBe('If the police stop you');

  await play.click();
  expect((await log(page)).calls.at(-1)).toBe('pause');
  await expect(play).toHaveText('Resume');
  await play.click();
  expect((await log(page)).calls.at(-1)).toBe('resume');
  await expect(play).toHaveText('Pause');

  // The speed applies from the next sentence.
  await control(page).locator('select').selectOption('1.5');
  await page.evaluate(() => window.__speech.end());
  await expect.poll(async () => (await log(page)).spoken.length).toBe(2);
  const [first, second] = (await log(page)).spoken;
  expect([first!.rate, second!.rate]).toEqual([1, 1.5]);
  expect(await highlighted()).toBe(second!.text);

  await control(page).locator('[data-listen-stop]').click();
  expect((await log(page)).calls.at(-1)).toBe('cancel');
  await expect(play).toHaveText('Play');
  expect(await highlighted()).toBeNull();
  // Cancelled utterances end late: they must not start the reading again.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  expect((await log(page)).spoken).toHaveLength(2);
});

test('pagehide, a language switch and the quick exit stop the reading', async ({ page }) => {
  // Cancels reach the test through an exposed function, asynchronously, counted per document.
  const cancels = new Map<string, number>();
  await page.exposeFunction('__cancelled', (doc: string) => cancels.set(doc, (cancels.get(doc) ?? 0) + 1));
  await open(page, '/en/guides/police-encounters/', { hold: true });
  const play = control(page).locator('[data-listen-play]');
  const highlighted = () => page.evaluate(() => CSS.highlights.has('listen'));
  /** This page's cancels, once every one it has made so far (its own count) has reached the test. */
  const settled = async () => {
    const { doc, made } = await page.evaluate(() => ({
      doc: window.__speech.doc,
      made: window.__speech.log.calls.filter((c) => c === 'cancel').length,
    }));
    await expect.poll(() => cancels.get(doc) ?? 0).toBe(made);
    return { count: () => cancels.get(doc) ?? 0, before: made };
  };

  await play.click();
  // The first press fetches the player, which then starts reading.
  await expect.poll(highlighted).toBe(true);
  let { count, before } = await settled();
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
  await expect.poll(count).toBe(before + 1);
  await expect(play).toHaveText('Play');
  expect(await highlighted()).toBe(false);

  await play.click();
  await page.locator('[data-language-menu]').click();
  expect(await highlighted()).toBe(true);
  // The next page is held back, so no pagehide: the click itself must stop the reading.
  await page.route('**/es/guides/police-encounters/', () => {});
  ({ count, before } = await settled());
  await page.locator('a[hreflang="es"]').click({ noWaitAfter: true });
  await expect.poll(count).toBe(before + 1);

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.goto('/en/guides/police-encounters/');
  await page.context().route(`${site.exitUrl}**`, () => {});
  await play.click();
  await expect.poll(highlighted).toBe(true);
  ({ count, before } = await settled());
  await page.locator('a[data-quick-exit]').click({ noWaitAfter: true });
  await expect.poll(count).toBe(before + 1);
});

test('listening fetches only the player, from this site, once; it sends nothing and stores nothing', async ({
  page,
  context,
}) => {
  await open(page, '/en/guides/police-encounters/');
  await page.waitForLoadState('load');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await expect(control(page)).toBeVisible();
  expect(requests, 'nothing fetched before the reader presses Play').toEqual([]);
  await listenToAll(page);
  await control(page).locator('select').selectOption('0.75');
  await listenToAll(page);
  const player = await control(page).getAttribute('data-player');
  expect(player).toMatch(/^\/_astro\/listen-player-[\w-]+\.js$/);
  expect(requests).toEqual([new URL(player!, page.url()).href]);
  expect(page.url()).toMatch(/\/en\/guides\/police-encounters\/$/);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    caches: (await caches.keys()).length,
    indexedDB: (await indexedDB.databases()).length,
    cookie: document.cookie,
  }));
  expect(stored).toEqual({ local: 0, session: 0, caches: 0, indexedDB: 0, cookie: '' });
  expect(await context.cookies()).toEqual([]);
});

test('the control is keyboard-reachable and passes axe while reading (right-to-left)', async ({ page }) => {
  await open(page, '/ar/guides/police-encounters/', { hold: true });
  const play = control(page).locator('[data-listen-play]');
  // Keyboard: the control's buttons and select are real controls, reached with Tab.
  await play.focus();
  await page.keyboard.press('Enter');
  await expect(control(page)).toHaveAttribute('data-state', 'speaking');
  await page.keyboard.press('Tab');
  await expect(control(page).locator('[data-listen-stop]')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(control(page).locator('select')).toBeFocused();
  const { violations } = await new AxeBuilder({ page })
    .include('[data-listen]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a player that could not be fetched (no connection) is fetched again on the next press', async ({ page }) => {
  await open(page, '/en/guides/police-encounters/');
  const play = control(page).locator('[data-listen-play]');
  await page.route('**/_astro/listen-player-*.js', (route) => route.abort('internetdisconnected'));
  const failed = page.waitForEvent('requestfailed');
  await play.click();
  await failed;
  expect((await log(page)).spoken).toEqual([]);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await play.click();
  await expect(control(page)).toHaveAttribute('data-state', 'idle');
  expect((await log(page)).spoken.length).toBeGreaterThan(10);
});
