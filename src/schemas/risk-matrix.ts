import { z } from 'zod';
import { text } from './common.ts';

export const ragStatuses = ['green', 'amber', 'red'] as const;

/** One point of a probability or impact scale. */
export const scalePointSchema = z
  .object({
    value: z.int({ error: 'must be a whole number: 1 for the lowest point, then 2, 3 and so on' }).min(1, { error: 'must be 1 or more' }).describe('Position on the scale, 1 for the lowest'),
    label: text.describe('Word people use for this point, for example "Likely" or "Major"'),
    description: text.describe('What this point means, precisely enough for two people to score a risk the same way'),
  })
  .strict();

/** A range of scores (probability times impact) with its name and RAG. */
export const scoreBandSchema = z
  .object({
    label: text.describe('Name of the band, for example "High"'),
    from: z.int().min(1, { error: 'must be a score of 1 or more' }).describe('Lowest score in the band'),
    to: z.int().min(1, { error: 'must be a score of 1 or more' }).describe('Highest score in the band'),
    rag: z.enum(ragStatuses).describe('green, amber or red: how a risk in this band is shown'),
    response: text.describe('What the band asks of the owner, for example "Review monthly; actions in the plan"'),
  })
  .strict();

function consecutiveFromOne(points: { value: number }[]): boolean {
  return points.every((point, index) => point.value === index + 1);
}

/**
 * content/governance/risk-matrix.yaml: the organization's risk matrix, defined once. A score
 * is probability times impact; the bands cover every score from 1 to the largest, in order.
 */
export const riskMatrixSchema = z
  .object({
    summary: text.describe('How risks are scored, one paragraph'),
    probability: z.array(scalePointSchema).min(2, { error: 'needs at least two points' }).describe('Probability scale, lowest first, values 1, 2, 3 ...'),
    impact: z.array(scalePointSchema).min(2, { error: 'needs at least two points' }).describe('Impact scale, lowest first, values 1, 2, 3 ...'),
    bands: z.array(scoreBandSchema).min(1, { error: 'needs at least one band' }).describe('Score bands, lowest first, covering every score from 1 to the largest without gaps or overlaps'),
  })
  .strict()
  .superRefine((matrix, ctx) => {
    for (const scale of ['probability', 'impact'] as const) {
      if (!consecutiveFromOne(matrix[scale])) {
        ctx.addIssue({ code: 'custom', path: [scale], message: `values must run 1, 2, 3 ... in order, lowest first (found ${matrix[scale].map((point) => point.value).join(', ')})` });
      }
    }
    const largest = matrix.probability.length * matrix.impact.length;
    let expected = 1;
    matrix.bands.forEach((band, index) => {
      if (band.from !== expected) {
        ctx.addIssue({ code: 'custom', path: ['bands', index, 'from'], message: `must be ${expected}, the score after the band before it, so the bands leave no gap or overlap` });
      }
      if (band.to < band.from) {
        ctx.addIssue({ code: 'custom', path: ['bands', index, 'to'], message: `must not be below from (${band.from})` });
      }
      expected = band.to + 1;
    });
    if (expected - 1 !== largest) {
      ctx.addIssue({ code: 'custom', path: ['bands', matrix.bands.length - 1, 'to'], message: `the last band must end at ${largest}, the largest score (${matrix.probability.length} × ${matrix.impact.length})` });
    }
  });

export type RiskMatrix = z.infer<typeof riskMatrixSchema>;
export type ScoreBand = z.infer<typeof scoreBandSchema>;
export type Rag = (typeof ragStatuses)[number];
