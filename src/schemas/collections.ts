import type { z } from 'zod';
import { escalationSchema } from './escalation.ts';
import { forumSchema } from './forum.ts';
import { governanceSettingsSchema } from './governance-settings.ts';
import { objectiveSchema } from './objective.ts';
import { organizationSchema } from './organization.ts';
import { playbookSchema } from './playbook.ts';
import { raciMatrixSchema } from './raci.ts';
import { roleSchema } from './role.ts';
import { scopeSchema } from './scope.ts';
import { stageSchema } from './stage.ts';
import { commsEntrySchema } from './comms.ts';
import { metricSchema } from './metric.ts';
import { planSchema } from './plan.ts';
import { stakeholderSchema } from './stakeholder.ts';
import { maturityAssessmentSchema, maturityModelSchema } from './maturity.ts';
import { benefitSchema } from './benefit.ts';
import { lessonSchema } from './lesson.ts';
import { improvementSchema } from './improvement.ts';
import { documentTemplateSchema } from './document-template.ts';
import { riskMatrixSchema } from './risk-matrix.ts';
import { riskSchema } from './risk.ts';
import { issueSchema } from './issue.ts';
import { assumptionSchema } from './assumption.ts';
import { dependencySchema } from './dependency.ts';
import { statusReportSchema } from './status-report.ts';
import { glossaryTermSchema } from './glossary.ts';
import { gateSchema } from './gate.ts';
import { prioritisationModelSchema } from './prioritisation.ts';
import { serviceSchema } from './service.ts';

/** Where one collection's files live and which schema they follow. */
export interface CollectionSource<S extends z.ZodType = z.ZodType> {
  /** Folder relative to the project root. */
  base: string;
  /** Glob pattern inside `base`. */
  pattern: string;
  schema: S;
  /** Entry id from the file path relative to `base`. */
  idOf: (relativePath: string) => string;
  /** True where the file's data has an `id` field that must equal its id. */
  declaresId: boolean;
  /** YAML data, or the frontmatter of an MDX page. */
  format: 'yaml' | 'mdx';
}

const withoutExtension = (relativePath: string) => relativePath.replace(/\.(ya?ml|mdx)$/, '');

/**
 * Every collection of the site, read by both the Astro content config and the content
 * checker, so the two can never disagree on where content lives.
 */
export const collectionSources = {
  organization: { base: 'content', pattern: 'organization.yaml', schema: organizationSchema, idOf: withoutExtension, declaresId: false, format: 'yaml' },
  objectives: { base: 'content/objectives', pattern: '*.yaml', schema: objectiveSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  scope: { base: 'content/scope', pattern: '*.yaml', schema: scopeSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  roles: { base: 'content/roles', pattern: '*.yaml', schema: roleSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  playbooks: {
    base: 'playbooks',
    pattern: '*/playbook.yaml',
    schema: playbookSchema,
    idOf: (relativePath: string) => relativePath.split('/')[0],
    declaresId: false,
    format: 'yaml',
  },
  stages: { base: 'playbooks', pattern: '*/*.mdx', schema: stageSchema, idOf: withoutExtension, declaresId: false, format: 'mdx' },
  raci: { base: 'content/raci', pattern: '*.yaml', schema: raciMatrixSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  forums: { base: 'content/governance/forums', pattern: '*.yaml', schema: forumSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  escalation: { base: 'content/governance', pattern: 'escalation.yaml', schema: escalationSchema, idOf: withoutExtension, declaresId: false, format: 'yaml' },
  governanceSettings: { base: 'content/governance', pattern: 'settings.yaml', schema: governanceSettingsSchema, idOf: withoutExtension, declaresId: false, format: 'yaml' },
  metrics: { base: 'content/metrics', pattern: '*.yaml', schema: metricSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  plans: { base: 'content/plans', pattern: '*.yaml', schema: planSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  stakeholders: { base: 'content/stakeholders', pattern: '*.yaml', schema: stakeholderSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  comms: { base: 'content/comms', pattern: '*.yaml', schema: commsEntrySchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  // Stage 8, continuously improve.
  maturityModel: { base: 'content/maturity', pattern: 'model.yaml', schema: maturityModelSchema, idOf: withoutExtension, declaresId: false, format: 'yaml' },
  benefits: { base: 'content/benefits', pattern: '*.yaml', schema: benefitSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  lessons: { base: 'content/lessons', pattern: '*.yaml', schema: lessonSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  improvements: { base: 'content/improvements', pattern: '*.yaml', schema: improvementSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  maturityAssessments: { base: 'content/maturity/assessments', pattern: '*.yaml', schema: maturityAssessmentSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  templates: { base: 'content/templates', pattern: '*.yaml', schema: documentTemplateSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  // Stage 7, implement and monitor: the RAID log and status reports.
  riskMatrix: { base: 'content/governance', pattern: 'risk-matrix.yaml', schema: riskMatrixSchema, idOf: withoutExtension, declaresId: false, format: 'yaml' },
  risks: { base: 'content/raid/risks', pattern: '*.yaml', schema: riskSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  issues: { base: 'content/raid/issues', pattern: '*.yaml', schema: issueSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  assumptions: { base: 'content/raid/assumptions', pattern: '*.yaml', schema: assumptionSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  dependencies: { base: 'content/raid/dependencies', pattern: '*.yaml', schema: dependencySchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  statusReports: { base: 'content/status-reports', pattern: '*.yaml', schema: statusReportSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  glossary: { base: 'content/glossary', pattern: '*.yaml', schema: glossaryTermSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  gates: { base: 'content/gates', pattern: '*.yaml', schema: gateSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  services: { base: 'content/services', pattern: '*.yaml', schema: serviceSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
  prioritisation: { base: 'content/prioritisation', pattern: '*.yaml', schema: prioritisationModelSchema, idOf: withoutExtension, declaresId: true, format: 'yaml' },
} satisfies Record<string, CollectionSource>;

export type CollectionName = keyof typeof collectionSources;
