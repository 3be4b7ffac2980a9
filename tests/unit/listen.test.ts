import { describe, expect, it } from 'vitest';
import { baseLanguage, firstThenRest, locate, sentences } from '../../src/lib/listen';
import { chooseVoice, primary, voiceRank } from '../../src/lib/listen-voice';

const voice = (name: string, lang: string, localService = true, isDefault = false) => ({
  name,
  lang,
  localService,
  default: isDefault,
});

/** The sentences of a text, as strings. */
const split = (text: string, lang: string) => sentences(text, lang).map(([s, e]) => text.slice(s, e));

describe('chooseVoice', () => {
  it('never chooses a network voice, even when it is the only one or the default', () => {
    const remote = [voice('Google US English', 'en-US', false, true), voice('Google UK', 'en-GB', false)];
    expect(chooseVoice(remote, 'en')).toBeUndefined();
    expect(chooseVoice([...remote, voice('Local', 'en-US')], 'en')?.name).toBe('Local');
    expect(chooseVoice([voice('Remote exact', 'fr', false), voice('Local Canada', 'fr-CA')], 'fr')?.name).toBe(
      'Local Canada',
    );
  });
  it('treats a missing localService as remote', () => {
    expect(chooseVoice([{ lang: 'en-US' } as never], 'en')).toBeUndefined();
  });
  it('chooses no voice of another language', () => {
    expect(chooseVoice([voice('Spanish', 'es-ES'), voice('English', 'en-US')], 'pt')).toBeUndefined();
    expect(chooseVoice([voice('Spanish', 'es-ES'), voice('English', 'en-US')], 'en')?.name).toBe('English');
  });
  it('matches region variants by the primary subtag, whatever the case or separator', () => {
    expect(chooseVoice([voice('Brazil', 'pt-BR')], 'pt')?.name).toBe('Brazil');
    expect(chooseVoice([voice('Portugal', 'pt-PT')], 'pt')?.name).toBe('Portugal');
    expect(chooseVoice([voice('Android', 'es_US')], 'es')?.name).toBe('Android');
    expect(chooseVoice([voice('Upper', 'AR-SA')], 'ar')?.name).toBe('Upper');
    expect(chooseVoice([voice('Hindi', 'hi-IN')], 'hi')?.name).toBe('Hindi');
    expect(chooseVoice([voice('Thai', 'th-TH')], 'th')?.name).toBe('Thai');
  });
  it('prefers the same tag, then the default voice, then list order', () => {
    expect(chooseVoice([voice('US', 'en-US'), voice('Bare', 'en')], 'en')?.name).toBe('Bare');
    expect(chooseVoice([voice('BR', 'pt-BR'), voice('PT', 'pt-PT', true, true)], 'pt')?.name).toBe('PT');
    expect(chooseVoice([voice('BR', 'pt-BR'), voice('PT', 'pt-PT')], 'pt')?.name).toBe('BR');
  });
  it('reads Simplified Chinese with a mainland Mandarin voice before Taiwan, and Hong Kong or Cantonese last', () => {
    const tw = voice('Taiwan', 'zh-TW');
    const hk = voice('Hong Kong', 'zh-HK', true, true);
    const yue = voice('Cantonese', 'yue-HK');
    for (const tag of ['zh-CN', 'zh-Hans-CN', 'zh-SG', 'zh', 'cmn-CN', 'zh_CN']) {
      expect(chooseVoice([hk, tw, voice('Mainland', tag)], 'zh-Hans')?.name, tag).toBe('Mainland');
    }
    expect(chooseVoice([hk, tw], 'zh-Hans')?.name).toBe('Taiwan');
    expect(chooseVoice([yue, hk], 'zh-Hans')?.name).toBe('Hong Kong');
    expect(chooseVoice([yue], 'zh-Hans')?.name).toBe('Cantonese');
    expect(chooseVoice([voice('Remote mainland', 'zh-CN', false), hk], 'zh-Hans')?.name).toBe('Hong Kong');
  });
  it('ranks languages', () => {
    expect(voiceRank('en-US', 'fr')).toBe(0);
    expect(voiceRank('zh-Hans', 'zh-Hans')).toBe(4);
    expect(voiceRank('zh-Hant-TW', 'zh-Hans')).toBe(2);
    expect(voiceRank('zh-MO', 'zh-Hans')).toBe(1);
    expect(primary('zh-Hans')).toBe('zh');
    expect(primary('pt_BR')).toBe('pt');
  });
});

describe('sentences', () => {
  it('splits English, reading line breaks as spaces and leaving spaces out', () => {
    const text = '  Stay calm. Do not run, even if the stop is\nunfair. Ask, "Am I free to go?" Then walk away.  ';
    expect(split(text, 'en')).toEqual([
      'Stay calm.',
      'Do not run, even if the stop is\nunfair.',
      'Ask, "Am I free to go?"',
      'Then walk away.',
    ]);
  });
  it('splits Chinese at its full-width marks, without spaces', () => {
    expect(split('保持冷静。不要跑！你可以问：“我可以走了吗？”好的', 'zh-Hans')).toEqual([
      '保持冷静。',
      '不要跑！',
      '你可以问：“我可以走了吗？”',
      '好的',
    ]);
  });
  it('splits Arabic, with its question mark', () => {
    expect(split('ابق هادئًا. لا تهرب! هل يمكنني الذهاب؟ نعم', 'ar')).toEqual([
      'ابق هادئًا.',
      'لا تهرب!',
      'هل يمكنني الذهاب؟',
      'نعم',
    ]);
  });
  it('splits Hindi at the danda', () => {
    expect(split('शांत रहें। भागें नहीं। क्या मैं जा सकती हूँ?', 'hi')).toEqual(['शांत रहें।', 'भागें नहीं।', 'क्या मैं जा सकती हूँ?']);
  });
  it('keeps a Thai paragraph, which has no sentence marks, whole and trimmed', () => {
    const thai = 'ใจเย็นไว้ อย่าวิ่งหนีหรือต่อสู้ คุณถามได้ว่า "ฉันไปได้ไหม"';
    expect(split(` ${thai}\n`, 'th')).toEqual([thai]);
  });
  it('gives nothing for blank text', () => {
    expect(sentences(' \n\t ', 'en')).toEqual([]);
  });
});

describe('baseLanguage', () => {
  it('compares the text of a page with its language by primary subtag', () => {
    expect(['en', 'en-GB', 'EN_us'].map(baseLanguage)).toEqual(['en', 'en', 'en']);
    expect(baseLanguage('zh-Hans')).toBe('zh');
  });
});

describe('locate', () => {
  it('maps an offset in joined text to a piece and an offset in it', () => {
    // "Call " + "a lawyer" + " now."
    const lengths = [5, 8, 5];
    expect(locate(lengths, 0)).toEqual([0, 0]);
    expect(locate(lengths, 5)).toEqual([0, 5]);
    expect(locate(lengths, 6)).toEqual([1, 1]);
    expect(locate(lengths, 13)).toEqual([1, 8]);
    expect(locate(lengths, 18)).toEqual([2, 5]);
    expect(locate([3], 2)).toEqual([0, 2]);
  });
});

describe('firstThenRest', () => {
  it('puts the chosen items first, each group in page order', () => {
    const items = ['notice', 'title', 'point 1', 'body 1', 'point 2', 'body 2'];
    expect(firstThenRest(items, (i) => i === 'title' || i.startsWith('point'))).toEqual([
      'title',
      'point 1',
      'point 2',
      'notice',
      'body 1',
      'body 2',
    ]);
  });
});
