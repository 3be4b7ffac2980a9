import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import type { Source } from '../schemas/common';
import {
  contactChannels,
  type Contact,
  type Organisation,
  type OrganisationTranslation,
} from '../schemas/organisation';

/** Licence of the directory's open data, stated in the files and on the directory page. */
export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/**
 * The fields of an open-data record. Published in its own plain form (dates as text, null for none), yet
 * `satisfies` holds it to the directory's schema: a field added to or removed from an organisation, a contact,
 * a source or a translation fails the type check until the record follows. Only a source's `locator` stays out.
 */
const recordShape = {
  id: z.string().describe('Stable identifier; also the page /<lang>/organisations/<id>/'),
  name: z.string().describe('The organisation’s own name'),
  country: z.string().length(2).describe('ISO 3166-1 alpha-2 code of its main office'),
  place: z.string().describe('City or region where it works, as it describes itself'),
  founded: z.number().int().nullable().describe('Year founded, only when a source states it plainly; else null'),
  website: z.string().nullable().describe('Its public website, or null'),
  languages: z.array(z.string()).describe('BCP-47 tags of the languages it serves people in'),
  services: z.array(z.string()).describe('Services, from a fixed vocabulary (see the directory page)'),
  sexWorkerLed: z.boolean().describe('Whether sex workers lead it, by its own description or its sources'),
  inStudy: z.boolean().describe('Whether it took part in the 2017 GAATW study, only when a source confirms it'),
  summary: z.record(z.string(), z.string()).describe('What it does, in English (key `en`)'),
  translations: z
    .record(
      z.string(),
      z.object({
        place: z.string().optional(),
        summary: z.string(),
        status: z.string(),
        source: z.string(),
      } satisfies Record<keyof OrganisationTranslation, z.ZodType>),
    )
    .describe('Place and description in other languages, by locale code, with how each was translated'),
  contacts: z
    .array(
      z.object({
        channel: z.enum(contactChannels),
        contact: z.string(),
        helpline: z.boolean(),
        free: z.boolean(),
        allHours: z.boolean(),
        hours: z.string().optional(),
        languages: z.array(z.string()).optional(),
        source: z.number().int(),
      } satisfies Record<keyof Contact, z.ZodType>),
    )
    .describe(
      'Every way to reach it that it publishes (phone, SMS, messaging apps, email, address), each with the number of its source; helplines marked',
    ),
  sources: z
    .array(
      z.object({
        title: z.string(),
        publisher: z.string().optional(),
        date: z.string().optional(),
        url: z.string().optional(),
      } satisfies Record<Exclude<keyof Source, 'locator'>, z.ZodType>),
    )
    .describe('Where the facts come from'),
  lastChecked: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('Date the facts were last checked (YYYY-MM-DD)'),
} satisfies Record<'id' | keyof Organisation, z.ZodType>;

/** One organisation as published in /data/organisations.json: flat, stable, every fact with its source. */
export const organisationRecordSchema = z
  .object(recordShape)
  .describe('A sex worker organisation in the Ask the experts directory');
/** An open-data record. */
export type OrganisationRecord = z.infer<typeof organisationRecordSchema>;

/** The record published for one organisation; every YAML fact, nothing added. */
export function toRecord(id: string, data: Organisation): OrganisationRecord {
  return organisationRecordSchema.parse({
    id,
    name: data.name,
    country: data.country,
    place: data.place,
    founded: data.founded ?? null,
    website: data.website ?? null,
    languages: data.languages,
    services: data.services,
    sexWorkerLed: data.sexWorkerLed,
    inStudy: data.inStudy,
    summary: data.summary,
    translations: data.translations,
    contacts: data.contacts,
    sources: data.sources.map(({ title, publisher, date, url }) => ({ title, publisher, date, url })),
    lastChecked: data.lastChecked.toISOString().slice(0, 10),
  } satisfies Record<keyof OrganisationRecord, unknown>);
}

/** CSV columns, in order; lists are joined with "; ". */
export const CSV_COLUMNS = [
  'id',
  'name',
  'country',
  'place',
  'founded',
  'website',
  'languages',
  'services',
  'sexWorkerLed',
  'inStudy',
  'summary_en',
  'contacts',
  'sources',
  'lastChecked',
] as const;

/** The directory as CSV (RFC 4180, UTF-8, header row), one row per organisation. */
export function toCsv(records: readonly OrganisationRecord[]): string {
  const rows = records.map((r) => [
    r.id,
    r.name,
    r.country,
    r.place,
    r.founded ?? '',
    r.website ?? '',
    r.languages.join('; '),
    r.services.join('; '),
    String(r.sexWorkerLed),
    String(r.inStudy),
    r.summary.en ?? '',
    r.contacts.map((c) => `${c.channel}: ${c.contact}`).join('; '),
    r.sources.map((s) => s.url ?? s.title).join('; '),
    r.lastChecked,
  ]);
  return stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: 'windows' });
}

/** The JSON document: licence, schema link and the records sorted by id. */
export function toJson(records: readonly OrganisationRecord[], schemaUrl: string): string {
  const sorted = [...records].sort((a, b) => a.id.localeCompare(b.id));
  return `${JSON.stringify({ licence: DATA_LICENCE, schema: schemaUrl, organisations: sorted }, null, 2)}\n`;
}

/** JSON Schema of a record, generated from the same Zod schema that shapes the records. */
export function recordJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(organisationRecordSchema), null, 2)}\n`;
}
