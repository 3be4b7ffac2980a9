/**
 * The Listen player: reads the page's main text aloud, one sentence at a time, with the local voice the
 * control's inline script chose (src/components/Listen.astro puts it on the control as `voice`). The page
 * fetches this file only when the reader first presses Play, so readers who never listen never download it.
 * Nothing is requested beyond it, stored or put in the address; the speed is not remembered.
 */
import { BLOCK, FIRST, SKIP, baseLanguage, firstThenRest, locate, sentences } from '../lib/listen';

/** The control, with the voice its inline script chose (none when the device has no local voice). */
type ListenBox = HTMLElement & { voice?: SpeechSynthesisVoice };

const box = document.querySelector<ListenBox>('[data-listen]');
const main = document.querySelector('main');
const synth = window.speechSynthesis;
if (box && main && synth) {
  const lang = main.lang;
  const play = box.querySelector<HTMLButtonElement>('[data-listen-play]')!;
  const rate = box.querySelector('select')!;
  const marks = window.CSS?.highlights;
  let queue: { text: string; range: Range; block: Element; u?: SpeechSynthesisUtterance }[] = [];
  let next = 0;
  // Each reading has its own number, so events of a cancelled utterance never move a later reading on.
  let run = 0;
  let state = '';

  const show = (s: string) => {
    state = s;
    box.dataset.state = s || 'idle';
    play.textContent = play.dataset[s || 'idle']!;
  };
  const stop = () => {
    run++;
    synth.cancel();
    marks?.delete('listen');
    show('');
  };

  // The main text's blocks (text nodes grouped by their innermost block element), title and key points first,
  // then cut into sentences, each with a range over its text for the highlight.
  const read = () => {
    const blocks = new Map<Element, Text[]>();
    const walk = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node: Node | null; (node = walk.nextNode());) {
      const text = node as Text;
      const el = text.parentElement!;
      if (
        !text.data.trim() ||
        el.closest(SKIP) ||
        baseLanguage(el.closest<HTMLElement>('[lang]')!.lang) !== baseLanguage(lang)
      )
        continue;
      const block = el.closest(BLOCK) ?? el;
      blocks.set(block, [...(blocks.get(block) ?? []), text]);
    }
    queue = [];
    for (const [block, nodes] of firstThenRest([...blocks], ([b]) => !!b.closest(FIRST))) {
      const lengths = nodes.map((n) => n.length);
      const text = nodes.map((n) => n.data).join('');
      for (const [start, end] of sentences(text, lang)) {
        const range = new Range();
        const [a, i] = locate(lengths, start);
        const [b, j] = locate(lengths, end);
        range.setStart(nodes[a]!, i);
        range.setEnd(nodes[b]!, j);
        queue.push({ text: text.slice(start, end), range, block });
      }
    }
  };

  // One utterance per sentence, always with the chosen local voice (never the browser's default).
  const speak = (r: number) => {
    if (r !== run) return;
    const item = queue[next++];
    const voice = box.voice;
    if (!item || !voice) return stop();
    const u = new SpeechSynthesisUtterance(item.text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = Number(rate.value);
    u.onend = () => speak(r);
    u.onerror = () => r === run && stop();
    // Kept with its sentence: Chrome may drop an utterance nothing refers to, and its end event with it.
    item.u = u;
    marks?.set('listen', new Highlight(item.range));
    // Instant unless the stylesheet asks for smooth scrolling (which it must not under prefers-reduced-motion).
    item.block.scrollIntoView({ block: 'nearest' });
    synth.speak(u);
  };

  const toggle = () => {
    if (state === 'speaking') {
      synth.pause();
      show('paused');
    } else if (state === 'paused') {
      synth.resume();
      show('speaking');
    } else {
      stop();
      read();
      next = 0;
      show('speaking');
      speak(run);
    }
  };
  play.addEventListener('click', toggle);
  box.querySelector('[data-listen-stop]')!.addEventListener('click', stop);
  addEventListener('pagehide', stop);
  // A language switch leaves for another page: stop at once, before the new page loads.
  for (const link of document.querySelectorAll('a[hreflang]')) link.addEventListener('click', stop);
  // The voice went away (the inline script hid the control): stop.
  synth.addEventListener('voiceschanged', () => !box.voice && state && stop());
  // The press that fetched this file.
  toggle();
}
