import type { CollectionName } from '../../schemas/collections.ts';
import type { ContentSet } from './content-set.ts';
import { type ContentFile, parseContent, readContentFiles } from './load-content.ts';
import { compareProblems, type Problem } from './problem.ts';
import { idMatchesFileName, idsAreUnique } from './rules-identity.ts';
import { commsDatesFitFrequency, keyStakeholdersHaveComms, kpiTargetsDifferFromBaselines } from './rules-engagement.ts';
import { metricsExist, stagesExist, stakeholdersExist } from './rules-planning-references.ts';
import {
  planDependenciesHaveNoCycle,
  planDependenciesResolve,
  planResourceDatesAreOrdered,
  planTaskIdsAreUnique,
  planTasksEndAfterStart,
  planUsesOneCurrency,
} from './rules-plans.ts';
import { reportingLinesHaveNoLoop, rolesExist } from './rules-references.ts';
import {
  checklistIdsAreUnique,
  checklistOwnersTakePart,
  organizationIsDefined,
  playbooksHaveStages,
  stageNumbersAreSequential,
} from './rules-structure.ts';

/** The rules that look across files; each returns every problem it finds. */
const crossFileRules: ReadonlyArray<(content: ContentSet) => Problem[]> = [
  organizationIsDefined,
  playbooksHaveStages,
  idMatchesFileName,
  idsAreUnique,
  rolesExist,
  reportingLinesHaveNoLoop,
  stageNumbersAreSequential,
  checklistIdsAreUnique,
  checklistOwnersTakePart,
  metricsExist,
  stakeholdersExist,
  stagesExist,
  planTaskIdsAreUnique,
  planDependenciesResolve,
  planDependenciesHaveNoCycle,
  planTasksEndAfterStart,
  planResourceDatesAreOrdered,
  planUsesOneCurrency,
  kpiTargetsDifferFromBaselines,
  keyStakeholdersHaveComms,
  commsDatesFitFrequency,
];

export interface ValidationResult {
  content: ContentSet;
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  fileCount: number;
}

/** Checks the given files: schemas first, then every cross-file rule on the valid entries. */
export function validateFiles(files: Map<CollectionName, ContentFile[]>): ValidationResult {
  const { content, problems } = parseContent(files);
  for (const rule of crossFileRules) problems.push(...rule(content));
  problems.sort(compareProblems);
  return {
    content,
    problems,
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
    warningCount: problems.filter((problem) => problem.severity === 'warning').length,
    fileCount: [...files.values()].reduce((sum, list) => sum + list.length, 0),
  };
}

/** Checks every content file of the project at `root`. */
export function validateContent(root: string): ValidationResult {
  return validateFiles(readContentFiles(root));
}
