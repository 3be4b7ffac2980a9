/**
 * Statements readers act on, checked in the built pages by their key words: the corrected guide advice in
 * English and in every translation, the honest review status, sources on every guide, the study's
 * participants, and whose each brief recommendation is. Pages are read from dist/ without a browser.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { localeCodes } from '../../src/i18n/locales';
import { readEntry } from '../content';
import { builtHtml, builtPages } from '../site';

const guideSlugs = readdirSync('content/guides/en').map((f) => f.replace(/\.mdx$/, ''));
/** The visible text of a built page, tags and scripts removed, whitespace folded. */
const text = (path: string) =>
  builtHtml(path)
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const frontMatter = (collection: string, lang: string, slug: string) => readEntry(collection, lang, slug).data;

test.describe('English guides say what the sources say', () => {
  test('migrant sex workers: the New Zealand and Canada bars, precisely, and how to ask for protection', () => {
    const page = text('/en/guides/migrant-sex-workers/');
    expect(page).toMatch(/New Zealand/);
    expect(page).toMatch(/any temporary visa \(a visitor, student, work or working holiday visa\)/);
    expect(page).toMatch(/run or invest in a sex business/);
    expect(page).toMatch(/section 19 of the Prostitution Reform Act 2003/);
    expect(page).toMatch(/temporary status \(as a visitor, student or worker, whatever your permit says\)/);
    expect(page).toMatch(/striptease, erotic dance, escorts or erotic massage/);
    expect(page).toMatch(/section 183 of the Immigration and Refugee Protection Regulations/);
    expect(page).toMatch(/31 December 2013/);
    expect(page).not.toMatch(/short-term visa/);
    expect(page).toMatch(/Say it at once to the officials/);
    expect(page).toMatch(/tell a lawyer as soon as you can/);
    expect(page).toMatch(/afraid of your own government, think before you contact the embassy/);
  });

  test('police encounters: unlocking a phone at a border can be an offence or cost entry', () => {
    const page = text('/en/guides/police-encounters/');
    expect(page).toMatch(/At borders and airports/);
    expect(page).toMatch(/refusing to unlock your phone can be an offence/);
    expect(page).toMatch(/not let into the country/);
  });

  test('HIV prevention medicine must start within 72 hours; some emergency contraception works up to 5 days', () => {
    for (const slug of ['violence-and-support', 'health-care']) {
      const page = text(`/en/guides/${slug}/`);
      expect(page, slug).toMatch(/must start within 72 hours/);
      expect(page, slug).toMatch(/The sooner you start, the better/);
      expect(page, slug).toMatch(/up to 5 days after sex/);
      expect(page, slug).not.toMatch(/works? best in the first 72 hours/);
    }
  });

  test('staying silent comes with its caveat, and health workers with a question to ask first', () => {
    for (const slug of ['police-encounters', 'if-you-are-arrested', 'workplace-raids']) {
      const page = text(`/en/guides/${slug}/`);
      expect(page, slug).toMatch(/staying silent can be used against you later/);
      expect(page, slug).toMatch(/legal advice as soon as you can/);
    }
    for (const slug of ['health-care', 'violence-and-support']) {
      expect(text(`/en/guides/${slug}/`), slug).toMatch(/What do you have to report, and to whom\?/);
    }
  });
});

test('the corrected facts hold in every translation of the guides', () => {
  // Digits may be written in the language's own script.
  const n = (digits: string) => {
    const scripts = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '०१२३४५६७८९', '๐๑๒๓๔๕๖๗๘๙'];
    return new RegExp(scripts.map((s) => [...digits].map((d) => s[Number(d)]).join('')).join('|'));
  };
  for (const lang of localeCodes) {
    const migrant = text(`/${lang}/guides/migrant-sex-workers/`);
    for (const number of ['19', '183', '2003', '2013']) expect(migrant, `${lang}: ${number}`).toMatch(n(number));
    for (const slug of ['violence-and-support', 'health-care']) {
      const page = text(`/${lang}/guides/${slug}/`);
      expect(page, `${lang}/${slug}: 72 hours`).toMatch(n('72'));
      expect(page, `${lang}/${slug}: 5 days`).toMatch(new RegExp(`${n('5').source}|五`));
    }
  }
});

test('every guide, in every language, lists its sources at its end', () => {
  for (const lang of localeCodes) {
    for (const slug of guideSlugs) {
      const html = builtHtml(`/${lang}/guides/${slug}/`);
      const sources = frontMatter('guides', 'en', slug).sources as { url?: string }[];
      expect(sources.length, `${lang}/${slug}`).toBeGreaterThan(0);
      expect(html, `${lang}/${slug}`).toMatch(/<section aria-labelledby="sources"/);
      for (const s of sources.filter((x) => x.url)) expect(html, `${lang}/${slug}`).toContain(`href="${s.url}"`);
    }
  }
});

test('no page claims a review that has no review record', () => {
  for (const lang of localeCodes) {
    for (const slug of guideSlugs) {
      const html = builtHtml(`/${lang}/guides/${slug}/`);
      const own = (() => {
        try {
          return frontMatter('guides', lang, slug);
        } catch {
          return frontMatter('guides', 'en', slug);
        }
      })();
      if (own.review) {
        expect(html, `${lang}/${slug}`).toMatch(/data-review="(legal|community)"/);
        expect(html).not.toMatch(/data-not-reviewed/);
      } else {
        expect(html, `${lang}/${slug}`).toMatch(/data-not-reviewed/);
        expect(html, `${lang}/${slug}`).not.toMatch(/data-review=/);
      }
    }
  }
  // No page anywhere speaks of a "last review", and English pages say "Reviewed by" only beside a record.
  for (const path of builtPages()) {
    const html = builtHtml(path);
    expect(html, path).not.toMatch(/Last reviewed/i);
    if (/Reviewed by /.test(html)) expect(html, path).toMatch(/data-review=/);
  }
  expect(text('/en/guides/police-encounters/')).toMatch(
    /No lawyer and no sex worker organisation has reviewed this guide yet\. Can your organisation review it\? How to offer a review/,
  );
  expect(text('/en/about/')).toMatch(/No lawyer and no sex worker organisation has reviewed the rights guides yet/);
});

test('each guide ends with where to get help: published helplines with their source, then the directory', () => {
  for (const lang of localeCodes) {
    const html = builtHtml(`/${lang}/guides/exploitation-and-leaving/`);
    const help = html.slice(html.indexOf('data-where-help'));
    expect(help, lang).toMatch(/data-help-org="sweat"/);
    expect(help, lang).toMatch(/href="tel:0800606060"/);
    expect(help, lang).toMatch(/data-find-help/);
    expect(help.indexOf('data-help-org'), lang).toBeLessThan(help.indexOf('data-find-help'));
  }
  // An organisation without a published helpline is never listed there.
  const listed = [...builtHtml('/en/guides/police-encounters/').matchAll(/data-help-org="([^"]+)"/g)].map((m) => m[1]);
  for (const id of listed) {
    expect(readFileSync(`content/organisations/${id}.yaml`, 'utf8'), id).toMatch(/^\s+helpline: true$/m);
  }
});

test('the participants are listed on the method page and on every country page, in every language', () => {
  const countries = readdirSync('content/findings/en')
    .map((f) => f.replace(/\.mdx$/, ''))
    .filter((slug) => ['country', 'method'].includes(frontMatter('findings', 'en', slug).kind as string));
  expect(countries).toHaveLength(8);
  const names = ['Stella', 'Butterfly', 'Brigada Callejera', 'Hetaira', 'Genera', 'SWEAT', 'Sisonke', 'SANGRAM'];
  for (const lang of localeCodes) {
    for (const slug of countries) {
      const html = builtHtml(`/${lang}/findings/${slug}/`);
      const section = html.slice(html.indexOf('data-participants'));
      for (const name of [...names, 'VAMP', 'Empower', 'NZPC'])
        expect(section, `${lang}/${slug}: ${name}`).toContain(name);
      expect(section.match(/data-participant-country=/g), `${lang}/${slug}`).toHaveLength(7);
    }
  }
  const english = text('/en/findings/method/');
  expect(english).toMatch(/At least one sex worker organisation in each of the seven countries took part/);
});

test('findings say what the sources say', () => {
  const all = readdirSync('content/findings/en').map((f) => text(`/en/findings/${f.replace(/\.mdx$/, '')}/`));
  for (const page of all) {
    expect(page).not.toMatch(/not (yet )?confirmed/i);
    expect(page).not.toMatch(/possible participant/i);
    expect(page).not.toMatch(/chosen to (span|cover)[^.]*legal/i);
    expect(page).not.toMatch(/police officers? (in India )?work with VAMP/);
  }
  expect(text('/en/findings/india/')).toMatch(/recognise the need to work with VAMP/);
  expect(text('/en/findings/method/')).toMatch(/February 2018/);
  expect(text('/en/findings/canada/')).toMatch(/31 December 2013/);
  expect(text('/en/findings/spain/')).toMatch(/exploit/);
});

test('every brief recommendation says whose it is, in every language', () => {
  const briefs = readdirSync('content/briefs/en').map((f) => f.replace(/\.mdx$/, ''));
  for (const lang of localeCodes) {
    for (const slug of briefs) {
      const html = builtHtml(`/${lang}/briefs/${slug}/`);
      const section = html.slice(html.indexOf('data-recommendations'));
      const items = [...section.matchAll(/data-basis="(study|site)"/g)].map((m) => m[1]);
      const own = (() => {
        try {
          return frontMatter('briefs', lang, slug);
        } catch {
          return frontMatter('briefs', 'en', slug);
        }
      })();
      expect(items, `${lang}/${slug}`).toEqual((own.recommendations as { basis: string }[]).map((r) => r.basis));
    }
  }
  const english = text(`/en/briefs/${briefs[0]}/`);
  expect(english).toMatch(/Each recommendation says whose it is/);
  expect(english).toMatch(/The study's recommendation\. Source:|This site's own reading of the findings/);
});

test('a reference in running text to another page of the site is a link', () => {
  // One specific page named in prose ("the recommendations page", "la page sur la Thaïlande"), outside a link.
  const phrases: Record<string, RegExp> = {
    en: /\b[Tt]he (?:(?!of\b|every\b|this\b)[\w-]+ ){0,2}page\b(?! numbers| you)|\bthe page (?:on|about)\b/,
    es: /\b[Ll]a página (?:de|sobre|del)\b/,
    fr: /\b[Ll]a page (?:des?|sur|consacrée|du)\b/,
  };
  const offenders: string[] = [];
  for (const path of builtPages()) {
    const lang = path.split('/')[1]!;
    const pattern = phrases[lang];
    if (!pattern) continue;
    const html = builtHtml(path);
    const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
    const prose = main
      .replace(/<a\b[\s\S]*?<\/a>/g, ' ')
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    const hit = pattern.exec(prose);
    if (hit) offenders.push(`${path}: …${prose.slice(Math.max(0, hit.index - 40), hit.index + 60)}…`);
  }
  expect(offenders).toEqual([]);
});
