import { z } from 'zod';
import { isoDate, roleRef, slugId, text } from './common.ts';
import { stageRef } from './raci.ts';

export const lessonSourceKinds = ['project', 'review', 'health-check', 'retrospective'] as const;

/** content/lessons/<id>.yaml: one lesson learned. */
export const lessonSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml'),
    title: text.describe('The lesson in a short sentence, for example "Data migration needs its own workstream"'),
    date: isoDate.describe('Date the lesson was recorded (YYYY-MM-DD)'),
    source: z
      .object({
        kind: z.enum(lessonSourceKinds).describe('Where it was learned: project (closure report), review, health-check or retrospective'),
        name: text.describe('Which one, for example the project or review name'),
      })
      .strict()
      .describe('Where the lesson comes from'),
    whatHappened: text.describe('What happened, factually, with numbers where there are any'),
    why: text.describe('Why it happened: the cause, not the symptom'),
    doDifferently: text.describe('What to do differently next time, specific enough to act on'),
    stages: z.array(stageRef).min(1, { error: 'needs at least one stage it concerns' }).describe('Stages whose practice the lesson concerns; their pages show it'),
    roles: z.array(roleRef).default([]).describe('Roles that should read it'),
    tags: z.array(slugId).min(1, { error: 'needs at least one tag, for example "estimating"' }).describe('Themes, lower-case kebab-case, used to spot recurring lessons and to filter the lessons page'),
  })
  .strict();

export type Lesson = z.infer<typeof lessonSchema>;
export type LessonSourceKind = (typeof lessonSourceKinds)[number];
