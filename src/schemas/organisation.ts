import { z } from 'astro/zod';
import { checkSourceNumbers, countryCode, sourcesSchema, translationSchema } from './common';
import { localeCodes, sourceLocale } from '../i18n/locales';
import { services } from '../lib/services';

/** Language names known to the runtime's CLDR data; a tag it cannot name is a typo. */
const languageNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

/** A BCP-47 language tag that is well formed and names a real language (e.g. `en`, `zh-Hans`, `yue`). */
export const languageTag = z.string().refine((tag) => {
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag && languageNames.of(tag) !== undefined;
  } catch {
    return false;
  }
}, 'is not a known BCP-47 language tag in canonical form (e.g. en, pt-BR, zh-Hans)');

/**
 * How the organisation can be reached. Phone, SMS and email become links a phone can act on; messaging-app
 * numbers and addresses are shown as text only, so the site never sends a reader to another service.
 */
export const contactChannels = ['phone', 'sms', 'whatsapp', 'signal', 'telegram', 'email', 'address'] as const;
/** One contact channel. */
export type ContactChannel = (typeof contactChannels)[number];

const PHONE = /^\+?[0-9(][0-9 ()-]{2,}$/;
/** What a valid `contact` looks like, by channel. */
const CONTACT_FORMS: Record<ContactChannel, [RegExp, string]> = {
  phone: [PHONE, 'a phone number (digits, spaces, +, -, brackets)'],
  sms: [PHONE, 'a phone number (digits, spaces, +, -, brackets)'],
  whatsapp: [PHONE, 'a phone number (digits, spaces, +, -, brackets)'],
  signal: [PHONE, 'a phone number (digits, spaces, +, -, brackets)'],
  telegram: [/^(@[A-Za-z0-9_]{5,}|\+?[0-9][0-9 ()-]{2,})$/, 'a @username or a phone number'],
  email: [/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an email address'],
  address: [/^\S.{4,}$/s, 'a postal or walk-in address'],
};

/** A way to reach the organisation, exactly as it publishes it, with the source that shows it. */
export const contactSchema = z
  .strictObject({
    /** How to reach it. */
    channel: z.enum(contactChannels),
    /** The number, email address, @username or address, exactly as published. */
    contact: z.string().min(3),
    /** True when it is a line for people who need help now (crisis, support or hotline), as the organisation says. */
    helpline: z.boolean().default(false),
    /** True only when the organisation says it is free to call. */
    free: z.boolean().default(false),
    /** True only when the organisation says it is open 24 hours a day, every day. */
    allHours: z.boolean().default(false),
    /** Other opening hours, in English as published (shown marked as English); omit when not published. */
    hours: z.string().min(3).optional(),
    /** Languages it is answered in (BCP-47), only when the organisation says so. */
    languages: z.array(languageTag).min(1).optional(),
    /** 1-based number of the entry in `sources` that publishes this contact. */
    source: z.number().int().min(1),
  })
  .superRefine((c, ctx) => {
    const [form, what] = CONTACT_FORMS[c.channel];
    if (!form.test(c.contact)) ctx.addIssue({ code: 'custom', path: ['contact'], message: `must be ${what}` });
  });
/** A contact as validated. */
export type Contact = z.infer<typeof contactSchema>;

/** Every locale but English, the ones an organisation's description can be translated into. */
const translatedLocales = localeCodes.filter((c) => c !== sourceLocale) as [string, ...string[]];

/** An organisation's place and description in one other language, with where the translation comes from. */
export const organisationTranslationSchema = translationSchema.extend({
  /** The place, as the organisation or common usage writes it in this language; omitted to keep the original. */
  place: z.string().min(1).optional(),
  /** The description, translated. */
  summary: z.string().min(20),
});
/** An organisation's translation into one language as validated. */
export type OrganisationTranslation = z.infer<typeof organisationTranslationSchema>;

/** A directory entry: only what the organisation publishes about itself, never a person's details. */
export const organisationSchema = z
  .strictObject({
    /** The organisation's own name, in its own language and script. */
    name: z.string().min(1),
    /** Country of its main office (ISO 3166-1 alpha-2); regional networks use their headquarters' country. */
    country: countryCode,
    /** City or region where it works, as it describes itself. */
    place: z.string().min(1),
    /** Year founded, only when a source states it plainly; left out when sources disagree. */
    founded: z.number().int().min(1900).max(new Date().getFullYear()).optional(),
    /** Its public website, https only (the directory never sends a reader over plain HTTP); rel="noreferrer". */
    website: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).optional(),
    /** Languages it serves people in (BCP-47), as it says publicly. */
    languages: z.array(languageTag).min(1),
    /** What it offers, from the fixed vocabulary so filters work in every language. */
    services: z.array(z.enum(services)).min(1),
    /** Whether sex workers lead it (by its own description or its sources). */
    sexWorkerLed: z.boolean(),
    /** Whether it took part in the 2017 GAATW study, only when a source confirms it. */
    inStudy: z.boolean(),
    /** What it does, in its own public terms; English required, other languages optional, keyed by locale code. */
    summary: z.strictObject({ en: z.string().min(20) }),
    /**
     * Translations of `place` and `summary`, keyed by locale code, each with its provenance like any translated
     * content; `source` is the hash of the English place and summary it was made from (`npm run translations --
     * --hashes`). A missing or outdated one shows the English, marked as such.
     */
    translations: z.record(z.enum(translatedLocales), organisationTranslationSchema).default({}),
    /** Every way to reach it that it publishes (helplines first); none is ever invented or guessed. */
    contacts: z.array(contactSchema).default([]),
    /** Where each fact comes from. */
    sources: sourcesSchema,
    /** When the facts were last checked against the sources; never in the future. */
    lastChecked: z.coerce.date().refine((d) => d.getTime() <= Date.now(), 'is in the future'),
  })
  .superRefine((org, ctx) => checkSourceNumbers(ctx, 'contacts', org.contacts, org.sources.length));
/** A directory entry as validated. */
export type Organisation = z.infer<typeof organisationSchema>;
