import { z } from 'zod';
import { isIsoDate, isoDateOf } from '../lib/dates/calendar-date.ts';

/** Lower-case kebab-case identifier used in file names, URLs and cross-references. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lower-case kebab-case (letters, digits and single hyphens), for example "pmo-director"',
  });

/** A reference to a role by its id; whether the role exists is checked across files. */
export const roleRef = slugId.describe('Id of a role defined in content/roles/<id>.yaml');

const isoDateString = z
  .string({ error: 'must be a date written as YYYY-MM-DD, for example 2027-03-31' })
  // abort: a value that is not YYYY-MM-DD at all gets one message, not a second "not a real date".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD, for example 2027-03-31', abort: true })
  .refine(isIsoDate, { error: 'is not a real calendar date' });

/**
 * A calendar date written as YYYY-MM-DD. Astro's YAML parser turns an unquoted date into a
 * Date at UTC midnight; it is folded back to the same string so quoting never matters and
 * time zones never shift a date.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? isoDateOf(value) : value),
  isoDateString,
);

/** Non-empty, trimmed prose. */
export const text = z.string().trim().min(1, { error: 'must not be empty' });

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 currency code that Intl can format. */
export const currencyCode = z
  .string({ error: 'must be a three-letter ISO 4217 currency code' })
  .refine((code) => knownCurrencies.has(code), { error: 'is not an ISO 4217 currency code; write the three capital letters your finance team uses' });
