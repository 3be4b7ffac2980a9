import { z } from 'astro/zod';
import { checkSourceNumbers, countryCode, sourcesSchema } from './common';
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

/** How a helpline is reached; each is shown with its own label and link (`tel:`, `sms:`, `mailto:`). */
export const helplineChannels = ['phone', 'sms', 'email'] as const;

/** A helpline exactly as the organisation publishes it, with the source that shows it. */
export const helplineSchema = z
  .strictObject({
    /** How to reach it. */
    channel: z.enum(helplineChannels),
    /** The number (digits, spaces, `+`, `-`, brackets) or email address, exactly as published. */
    contact: z.string().min(3),
    /** True only when the organisation says it is free to call. */
    free: z.boolean().default(false),
    /** True only when the organisation says it is open 24 hours a day, every day. */
    allHours: z.boolean().default(false),
    /** Other opening hours, in English as published (shown marked as English); omit when not published. */
    hours: z.string().min(3).optional(),
    /** Languages it is answered in (BCP-47), only when the organisation says so. */
    languages: z.array(languageTag).min(1).optional(),
    /** 1-based number of the entry in `sources` that publishes this helpline. */
    source: z.number().int().min(1),
  })
  .superRefine((line, ctx) => {
    const ok =
      line.channel === 'email'
        ? /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(line.contact)
        : /^\+?[0-9][0-9 ()-]{2,}$/.test(line.contact);
    if (!ok) ctx.addIssue({ code: 'custom', path: ['contact'], message: `is not a valid ${line.channel} contact` });
  });
/** A helpline as validated. */
export type Helpline = z.infer<typeof helplineSchema>;

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
    summary: z.object({ en: z.string().min(20) }).catchall(z.string().min(20)),
    /** Helplines it publishes for people who need help now; none is ever invented or guessed. */
    helplines: z.array(helplineSchema).default([]),
    /** Where each fact comes from. */
    sources: sourcesSchema,
    /** When the facts were last checked against the sources; never in the future. */
    lastChecked: z.coerce.date().refine((d) => d.getTime() <= Date.now(), 'is in the future'),
  })
  .superRefine((org, ctx) => checkSourceNumbers(ctx, 'helplines', org.helplines, org.sources.length));
/** A directory entry as validated. */
export type Organisation = z.infer<typeof organisationSchema>;
