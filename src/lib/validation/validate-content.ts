import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionName } from '../../schemas/collections.ts';
import { todayIso } from '../review-dates.ts';
import { type ContentFile, parseContent, readContentFiles } from './load-content.ts';
import { compareProblems, type Problem } from './problem.ts';
import { checklistLinksResolve, stageSlugsAreNotReserved } from './rules-checklist.ts';
import { idMatchesFileName, idsAreUnique } from './rules-identity.ts';
import { commsDatesFitFrequency, keyStakeholdersHaveComms, kpiTargetsDifferFromBaselines } from './rules-engagement.ts';
import { metricsExist, stakeholdersExist } from './rules-planning-references.ts';
import {
  planDependenciesHaveNoCycle,
  planDependenciesResolve,
  planResourceDatesAreOrdered,
  planTaskIdsAreUnique,
  planTasksEndAfterStart,
  planUsesOneCurrency,
} from './rules-plans.ts';
import {
  escalationHasNoLoop,
  escalationLevelsWiden,
  forumsExist,
  governanceStagesExist,
  quorumRolesSitOnForum,
} from './rules-governance.ts';
import {
  accountableLoadIsBounded,
  raciActivityIdsAreUnique,
  raciHasOneAccountable,
  raciHasResponsible,
  rolesHaveAssignments,
} from './rules-raci.ts';
import { diagramSyntaxIsValid } from './rules-diagrams.ts';
import { linksResolve } from './rules-links.ts';
import { reportingLinesHaveNoLoop, rolesExist } from './rules-references.ts';
import { reviewsAreCurrent } from './rules-review.ts';
import { templateTextReplaced } from './rules-template.ts';
import {
  checklistIdsAreUnique,
  checklistOwnersTakePart,
  organizationIsDefined,
  playbooksHaveStages,
  stageNumbersAreSequential,
} from './rules-structure.ts';
import { improvementRules } from '../improvement/improvement-rules.ts';
import type { ContentSet } from './content-set.ts';
import type { Rule, RuleContext } from './rule.ts';

/** The rules that look across files; each returns every problem it finds. */
const crossFileRules: ReadonlyArray<Rule> = [
  organizationIsDefined,
  playbooksHaveStages,
  idMatchesFileName,
  idsAreUnique,
  rolesExist,
  reportingLinesHaveNoLoop,
  stageNumbersAreSequential,
  checklistIdsAreUnique,
  checklistOwnersTakePart,
  raciHasOneAccountable,
  raciHasResponsible,
  raciActivityIdsAreUnique,
  governanceStagesExist,
  forumsExist,
  escalationHasNoLoop,
  quorumRolesSitOnForum,
  escalationLevelsWiden,
  rolesHaveAssignments,
  accountableLoadIsBounded,
  reviewsAreCurrent,
  linksResolve,
  templateTextReplaced,
  metricsExist,
  stakeholdersExist,
  planTaskIdsAreUnique,
  planDependenciesResolve,
  planDependenciesHaveNoCycle,
  planTasksEndAfterStart,
  planResourceDatesAreOrdered,
  planUsesOneCurrency,
  kpiTargetsDifferFromBaselines,
  keyStakeholdersHaveComms,
  commsDatesFitFrequency,
  checklistLinksResolve,
  stageSlugsAreNotReserved,
  ...improvementRules,
];

export interface ValidationResult {
  content: ContentSet;
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  fileCount: number;
}

/** Checks the given files: schemas first, then every cross-file rule on the valid entries. */
export function validateFiles(files: Map<CollectionName, ContentFile[]>, context: RuleContext): ValidationResult {
  const { content, problems } = parseContent(files);
  for (const rule of crossFileRules) problems.push(...rule(content, context));
  problems.sort(compareProblems);
  return {
    content,
    problems,
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
    warningCount: problems.filter((problem) => problem.severity === 'warning').length,
    fileCount: [...files.values()].reduce((sum, list) => sum + list.length, 0),
  };
}

/** Checks every content file of the project at `root`; `today` defaults to todayIso(). */
export function validateContent(root: string, options: { today?: string } = {}): ValidationResult {
  return validateFiles(readContentFiles(root), {
    today: options.today ?? todayIso(),
    fileExists: (path) => existsSync(join(root, path)),
  });
}

/** validateContent plus the checks that need mermaid's (asynchronous) parser: `npm run check`. */
export async function validateContentWithDiagrams(root: string, options: { today?: string } = {}): Promise<ValidationResult> {
  const result = validateContent(root, options);
  const diagramProblems = await diagramSyntaxIsValid(result.content);
  const problems = [...result.problems, ...diagramProblems].sort(compareProblems);
  return {
    ...result,
    problems,
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
    warningCount: problems.filter((problem) => problem.severity === 'warning').length,
  };
}
