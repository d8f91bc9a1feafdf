import { z } from 'zod';
import { slugId, text } from './common.ts';
import { tierDimensions } from './tier.ts';

export const intakeFieldKinds = ['text', 'long-text', 'number', 'date', 'choice', 'person'] as const;

/** One field of the intake request form, with what a good answer looks like. */
export const intakeFieldSchema = z
  .object({
    id: slugId.describe('Stable id of the field, unique within the form'),
    label: text.describe('The question as the form asks it, for example "Outline cost"'),
    kind: z.enum(intakeFieldKinds).describe('text, long-text, number, date, choice or person'),
    required: z.boolean().default(true).describe('false for fields a requester may leave blank'),
    choices: z.array(text).optional().describe('choice fields only: the options offered'),
    unit: text.optional().describe('number fields: the unit, for example "GBP" or "months"'),
    measures: z.enum(tierDimensions).optional().describe('The scope threshold dimension this field answers (budget, duration, headcount, risk or cross-functional-reach); the form must ask each one'),
    usedFor: text.describe('Why intake asks it: which threshold, tier test or criterion it feeds'),
    guidance: text.describe('How to answer it well, in a sentence or two'),
    goodExample: text.describe('A good answer, taken from a realistic request'),
  })
  .strict()
  .superRefine((field, context) => {
    if (field.kind === 'choice' && (field.choices?.length ?? 0) < 2) context.addIssue({ code: 'custom', path: ['choices'], message: 'a choice field needs at least two choices' });
    if (field.kind !== 'choice' && field.choices !== undefined) context.addIssue({ code: 'custom', path: ['choices'], message: `only choice fields have choices; this one is ${field.kind}` });
  });

/** The intake request form: its sections of fields, printed and shown with guidance on the site. */
export const intakeFormSchema = z
  .object({
    title: text.describe('Title of the form, for example "Investment request form"'),
    introduction: text.describe('What the form is for and what happens after it is sent'),
    sections: z
      .array(
        z
          .object({
            heading: text.describe('Heading of a group of fields, for example "The problem"'),
            fields: z.array(intakeFieldSchema).min(1, { error: 'needs at least one field' }).describe('Fields in the order the form asks them'),
          })
          .strict(),
      )
      .min(1, { error: 'needs at least one section' })
      .describe('Groups of fields in form order'),
  })
  .strict();

export type IntakeForm = z.infer<typeof intakeFormSchema>;
export type IntakeField = z.infer<typeof intakeFieldSchema>;
