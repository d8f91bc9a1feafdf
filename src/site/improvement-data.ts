import { getCollection } from 'astro:content';
import type { ImprovementContent } from '../lib/improvement/improvement-pages.ts';

let content: Promise<ImprovementContent> | undefined;

/** Stage 8's collections, read once per build. */
export function loadImprovementContent(): Promise<ImprovementContent> {
  content ??= Promise.all([getCollection('maturityModel'), getCollection('maturityAssessments'), getCollection('benefits'), getCollection('objectives'), getCollection('lessons'), getCollection('improvements')]).then(
    ([maturityModel, maturityAssessments, benefits, objectives, lessons, improvements]) => ({
    maturityModel,
    maturityAssessments,
    benefits,
    objectives,
    lessons,
    improvements,
  }),
  );
  return content;
}
