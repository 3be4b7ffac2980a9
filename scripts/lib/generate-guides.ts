/**
 * Placeholder guides for the benchmark, never for the site: N guides of about 800 words in five languages,
 * the same text on every run (a seeded generator, no randomness between runs). They are written into a copy of
 * the content folder in a temporary directory, valid as real guides are (sources, current translation hashes),
 * so the build does the work it would do for real content.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyHash } from '../../src/lib/translation';

/** The languages the generated guides are written in: Latin, Arabic and Chinese scripts, left and right. */
export const benchLanguages = ['en', 'es', 'fr', 'ar', 'zh-hans'] as const;

/** Words each language's placeholder text is drawn from (a small, fixed vocabulary per script). */
const vocabulary: Record<(typeof benchLanguages)[number], string[]> = {
  en: 'you can ask police rights help support work safe call lawyer organisation health advice time place name paper sign stay calm write down number friend'.split(
    ' ',
  ),
  es: 'puedes pedir policía derechos ayuda apoyo trabajo seguro llamar abogada organización salud consejo tiempo lugar nombre papel firmar calma escribir número amiga'.split(
    ' ',
  ),
  fr: 'vous pouvez demander police droits aide soutien travail sûr appeler avocate association santé conseil temps lieu nom papier signer calme écrire numéro amie'.split(
    ' ',
  ),
  ar: 'يمكنك أن تسألي الشرطة حقوق مساعدة دعم عمل آمن اتصال محامية منظمة صحة نصيحة وقت مكان اسم ورقة توقيع هدوء كتابة رقم صديقة'.split(
    ' ',
  ),
  'zh-hans':
    '你 可以 询问 警察 权利 帮助 支持 工作 安全 打电话 律师 组织 健康 建议 时间 地点 名字 文件 签字 冷静 写下 号码 朋友'.split(
      ' ',
    ),
};

/** A small seeded generator (mulberry32): the same seed gives the same sequence on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `words` words of placeholder text in a language: headings, short paragraphs and a list. */
export function placeholderBody(lang: (typeof benchLanguages)[number], seed: number, words = 800): string {
  const next = seeded(seed);
  const vocab = vocabulary[lang];
  const sep = lang === 'zh-hans' ? '' : ' ';
  const stop = lang === 'zh-hans' ? '。' : '.';
  const sentence = (n: number) => Array.from({ length: n }, () => vocab[Math.floor(next() * vocab.length)]).join(sep);
  const blocks: string[] = [];
  let count = 0;
  while (count < words) {
    blocks.push(`## ${sentence(3)}`);
    for (let p = 0; p < 3; p++) {
      const sentences = Array.from({ length: 4 }, () => sentence(8 + Math.floor(next() * 6)) + stop);
      blocks.push(sentences.join(sep));
      count += sentences.join(' ').split(/\s+/).length;
    }
    blocks.push(Array.from({ length: 3 }, () => `- ${sentence(6)}${stop}`).join('\n'));
    count += 18;
  }
  return `${blocks.join('\n\n')}\n`;
}

/** Writes `n` generated guides in every bench language under `contentDir/guides/`; returns their slugs. */
export function writeGeneratedGuides(contentDir: string, n: number): string[] {
  const slugs: string[] = [];
  for (let i = 0; i < n; i++) {
    const slug = `bench-guide-${String(i + 1).padStart(3, '0')}`;
    slugs.push(slug);
    const english = placeholderBody('en', i + 1);
    for (const lang of benchLanguages) {
      const body = lang === 'en' ? english : placeholderBody(lang, (i + 1) * 31 + lang.length);
      const front = [
        '---',
        `title: Bench guide ${i + 1} (${lang})`,
        'description: A generated placeholder guide for the benchmark.',
        'keyPoints:',
        '  - A generated point.',
        'updated: 2026-01-01',
        'scope: general',
        `order: ${1000 + i}`,
        'sources:',
        '  - title: A placeholder source',
        '    url: https://example.org/source',
        ...(lang === 'en' ? [] : ['translation:', '  status: machine', `  source: '${bodyHash(english)}'`]),
        '---',
        '',
      ].join('\n');
      mkdirSync(join(contentDir, 'guides', lang), { recursive: true });
      writeFileSync(join(contentDir, 'guides', lang, `${slug}.mdx`), `${front}${body}`);
    }
  }
  return slugs;
}
