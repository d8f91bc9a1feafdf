import { z } from 'zod';
import { isoDate, roleRef, slugId, text } from './common.ts';

export const improvementStatuses = ['proposed', 'planned', 'in-progress', 'done', 'rejected'] as const;
export const improvementPriorities = ['high', 'medium', 'low'] as const;

/** A gap found by a maturity assessment: a perspective and the level not yet reached. */
export const assessmentGapSchema = z
  .object({
    perspective: slugId.describe('Id of a perspective in content/maturity/model.yaml'),
    level: z.int().min(1).max(5).describe('The level the item helps to reach (1 to 5)'),
  })
  .strict();

/** content/improvements/<id>.yaml: one item of the improvement backlog. */
export const improvementSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml'),
    title: text.describe('The change, in a few words, for example "Estimating guide for IT-heavy projects"'),
    problem: text.describe('The problem it solves, with the evidence'),
    proposal: text.describe('What will change, concretely'),
    lessons: z.array(slugId).default([]).describe('Ids of the lessons in content/lessons/ that led to it'),
    gaps: z.array(assessmentGapSchema).default([]).describe('Maturity gaps it helps to close'),
    owner: roleRef.describe('Role that delivers the change'),
    priority: z.enum(improvementPriorities).describe('high, medium or low'),
    status: z.enum(improvementStatuses).describe('proposed, planned, in-progress, done or rejected'),
    raised: isoDate.describe('Date the item was added to the backlog (YYYY-MM-DD)'),
    targetDate: isoDate.describe('Date by which the change should be live (YYYY-MM-DD)'),
  })
  .strict()
  .refine((item) => item.lessons.length + item.gaps.length > 0, {
    error: 'needs a source: at least one lesson id under lessons, or a maturity gap under gaps',
    path: ['lessons'],
  });

export type Improvement = z.infer<typeof improvementSchema>;
export type ImprovementStatus = (typeof improvementStatuses)[number];
export type ImprovementPriority = (typeof improvementPriorities)[number];
