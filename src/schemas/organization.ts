import { z } from 'zod';
import { currencyCode, slugId, text } from './common.ts';

function isLocaleTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1 && Intl.NumberFormat.supportedLocalesOf(tag).length === 1;
  } catch {
    return false;
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag with a region that Intl can format in. */
export const localeTag = z
  .string({ error: 'must be a BCP 47 language tag: language and region joined by a hyphen' })
  .refine(isLocaleTag, { error: 'is not a language tag this system can format in; write the language and region joined by a hyphen' });

/** content/organization.yaml: who publishes this playbook and where its source lives. */
export const organizationSchema = z
  .object({
    name: text.describe('Legal or common name of the organization'),
    pmoName: text.describe('Name the PMO goes by, for example "Enterprise PMO"'),
    mission: text.describe("The PMO's mission statement, one or two sentences"),
    currency: currencyCode.describe('ISO 4217 code of the money the organization budgets in, for example "USD", "EUR" or "GBP"; amounts in tolerances and plans are in it'),
    locale: localeTag.describe('BCP 47 language tag that decides how dates, numbers and amounts are written, for example "en-US", "de-DE" or "en-GB"'),
    timeZone: z
      .string()
      .refine(isTimeZone, { error: 'is not an IANA time zone; write an IANA zone name, Region/City' })
      .optional()
      .describe('IANA time zone of the organization, for example "America/New_York"; calendar downloads use it (default UTC)'),
    weekStartsOn: z
      .enum(['monday', 'sunday', 'saturday'])
      .optional()
      .describe('First day of the week in calendars: monday, sunday or saturday (default: what the locale uses)'),
    paperSize: z.enum(['A4', 'Letter']).optional().describe('Paper for printed checklists and booklet PDFs: A4 or Letter (default: what the locale\'s region uses)'),
    repository: z
      .object({
        url: z.url({ error: 'must be the full https:// address of the repository' }).describe('Web address of the repository, used for "Edit this page" links'),
        branch: slugId.or(z.string().regex(/^[\w./-]+$/)).describe('Branch that the published site is built from'),
      })
      .strict(),
    contact: z
      .object({
        team: text.describe('Who answers questions about the playbook'),
        email: z.email({ error: 'must be an email address' }).describe('Mailbox for questions and feedback'),
        channel: text.optional().describe('Chat channel, for example "#pmo-help"'),
      })
      .strict(),
  })
  .strict();

export type Organization = z.infer<typeof organizationSchema>;
