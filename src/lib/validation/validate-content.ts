import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionName } from '../../schemas/collections.ts';
import { useOrganizationFormats } from '../formats/format.ts';
import { todayIso } from '../dates/calendar-date.ts';
import { type CachedMdxReader, type MdxReader, projectMdxReader, readMdx } from '../markdown/mdx-reading.ts';
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
import {
  dutiesStartAfterStaffing,
  forumCommsFollowCadence,
  objectiveMeasuresMatchKpis,
  ownershipIsSpread,
  stageOutputsAreUnique,
} from './rules-consistency.ts';
import { glossaryNamesAreUnique, glossaryRelatedTermsExist, termReferencesResolve } from './rules-glossary.ts';
import { intakeFormAsksEveryThreshold, tierDecidersExist, tiersCoverInScopeWork } from './rules-intake.ts';
import { gateEvidenceIsInTierDocuments, gateNumbersFollowStages, gateReferencesResolve } from './rules-gates.ts';
import { prioritisationModelAddsUp } from './rules-prioritisation.ts';
import { objectivesHaveServices, serviceReferencesResolve } from './rules-services.ts';
import { diagramSyntaxIsValid } from './rules-diagrams.ts';
import { checklistItemsHaveOwnerAndEvidence } from './rules-playbook-parts.ts';
import { linksResolve } from './rules-links.ts';
import { reportingLinesHaveNoLoop, rolesExist } from './rules-references.ts';
import { reviewsAreCurrent } from './rules-review.ts';
import { sensitiveAssessmentsStayPrivate } from './rules-private.ts';
import { overlayDisplayPath, privateContentDir, privateContentVariable, readOverlayFiles, type OverlayFile } from './private-overlay.ts';
import { templateTextReplaced } from './rules-template.ts';
import { templateInsertsHaveGovernance } from './rules-templates.ts';
import {
  checklistIdsAreUnique,
  checklistOwnersTakePart,
  organizationIsDefined,
  playbooksHaveStages,
  stageNumbersAreSequential,
} from './rules-structure.ts';
import { improvementRules } from '../improvement/improvement-rules.ts';
import {
  closedRaidItemsHaveDateAndReason,
  dependencyTasksResolve,
  openRaidDatesAreAhead,
  raidItemsBelongToKnownWork,
  riskScoresFitTheMatrix,
  risksAreHeldWithinTolerance,
  statusReportItemsBelongToItsPlan,
  statusReportItemsWereRaisedInTime,
  statusReportReferencesResolve,
  statusReportsCoverPastPeriods,
} from './rules-raid.ts';
import { metricReadingsAreInDateOrder, metricReadingUnitsMatch, metricThresholdsAreOrdered } from './rules-metrics.ts';
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
  checklistItemsHaveOwnerAndEvidence,
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
  raidItemsBelongToKnownWork,
  dependencyTasksResolve,
  riskScoresFitTheMatrix,
  risksAreHeldWithinTolerance,
  closedRaidItemsHaveDateAndReason,
  openRaidDatesAreAhead,
  statusReportReferencesResolve,
  statusReportItemsBelongToItsPlan,
  statusReportsCoverPastPeriods,
  statusReportItemsWereRaisedInTime,
  metricReadingsAreInDateOrder,
  metricReadingUnitsMatch,
  metricThresholdsAreOrdered,
  forumCommsFollowCadence,
  dutiesStartAfterStaffing,
  objectiveMeasuresMatchKpis,
  stageOutputsAreUnique,
  ownershipIsSpread,
  glossaryRelatedTermsExist,
  glossaryNamesAreUnique,
  termReferencesResolve,
  tiersCoverInScopeWork,
  tierDecidersExist,
  intakeFormAsksEveryThreshold,
  gateReferencesResolve,
  gateNumbersFollowStages,
  gateEvidenceIsInTierDocuments,
  prioritisationModelAddsUp,
  serviceReferencesResolve,
  objectivesHaveServices,
  sensitiveAssessmentsStayPrivate,
  templateInsertsHaveGovernance,
];

export interface ValidationResult {
  content: ContentSet;
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  fileCount: number;
}

/** Checks the given files (and private overlay): schemas first, then every cross-file rule on the valid entries. */
export function validateFiles(files: Map<CollectionName, ContentFile[]>, context: RuleContext, overlay: Map<CollectionName, OverlayFile[]> = new Map(), read: MdxReader = readMdx): ValidationResult {
  const { content, problems } = parseContent(files, overlay, read);
  // Messages quote amounts and dates as the site will; without a valid organization file
  // (reported below) they fall back to this system's locale and plain numbers.
  useOrganizationFormats(content.organization[0]?.data ?? { locale: new Intl.NumberFormat().resolvedOptions().locale, currency: '' });
  for (const rule of crossFileRules) problems.push(...rule(content, context));
  problems.sort(compareProblems);
  return {
    content,
    problems,
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
    warningCount: problems.filter((problem) => problem.severity === 'warning').length,
    fileCount: [...files.values(), ...overlay.values()].reduce((sum, list) => sum + list.length, 0),
  };
}

/**
 * Checks every content file of the project at `root`, with the private overlay that
 * PRIVATE_CONTENT_DIR names in `env`; `today` defaults to todayIso(). With `cacheDir` (the
 * build's), MDX readings are kept there between runs and unchanged pages are not parsed again;
 * `reader` is such a reader already in use (the build's, after reading ahead).
 */
export function validateContent(root: string, options: { today?: string; env?: Record<string, string | undefined>; cacheDir?: string; reader?: CachedMdxReader } = {}): ValidationResult {
  const overlayDir = privateContentDir(options.env ?? process.env, root);
  const reader = options.reader ?? (options.cacheDir === undefined ? undefined : projectMdxReader(root, options.cacheDir));
  const result = validateFiles(
    readContentFiles(root),
    { today: options.today ?? todayIso(), fileExists: (path) => existsSync(join(root, path)) },
    overlayDir && existsSync(overlayDir) ? readOverlayFiles(overlayDir, root) : new Map(),
    reader?.read,
  );
  reader?.save();
  if (overlayDir === undefined || existsSync(overlayDir)) return result;
  const missing: Problem = {
    severity: 'error',
    file: overlayDisplayPath(root, overlayDir),
    message: `${privateContentVariable} names a folder that does not exist.`,
    hint: `Check out or mount the private content there, or unset ${privateContentVariable} to build the public site without it.`,
    rule: 'private/overlay-folder',
  };
  return { ...result, problems: [missing, ...result.problems], errorCount: result.errorCount + 1 };
}

/** validateContent plus the checks that need mermaid's (asynchronous) parser: `npm run check`. */
export async function validateContentWithDiagrams(root: string, options: { today?: string; env?: Record<string, string | undefined> } = {}): Promise<ValidationResult> {
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
