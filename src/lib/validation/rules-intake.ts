import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';
import { closestMatch } from './suggest.ts';

/**
 * Tiers sort every in-scope request into exactly one class: tested in order, each but the
 * last has conditions, the last takes the rest, and every condition is on a dimension the
 * scope measures, at or above its threshold (below it the work is not in scope at all).
 */
export function tiersCoverInScopeWork(content: ContentSet): Problem[] {
  return content.scope.flatMap((scope) => {
    const tiers = scope.data.tiers;
    if (!tiers) return [];
    const problems: Problem[] = [];
    const thresholdOf = new Map(scope.data.thresholds.map((threshold) => [threshold.dimension, threshold]));
    const seen = new Set<string>();
    tiers.forEach((tier, index) => {
      const last = index === tiers.length - 1;
      if (seen.has(tier.id)) problems.push(problemAt(scope, ['tiers', index, 'id'], 'tier/duplicate-id', `The tier id "${tier.id}" is used twice.`, 'Give each tier its own id, for example tier-1, tier-2, tier-3.'));
      seen.add(tier.id);
      if (!last && tier.when.length === 0) {
        problems.push(problemAt(scope, ['tiers', index, 'when'], 'tier/unreachable', `${tier.name} has no conditions but is not the last tier, so the tiers after it can never apply.`, 'Give it conditions (when:), or move it to the end as the tier for all other in-scope work.'));
      }
      if (last && tier.when.length > 0) {
        problems.push(
          problemAt(scope, ['tiers', index, 'when'], 'tier/no-catch-all', `In-scope work that meets none of the tier conditions has no tier, so no approver and no gate route.`, `Remove when: from ${tier.name} so it takes all other in-scope work, or add a last tier without conditions.`),
        );
      }
      tier.when.forEach((condition, conditionIndex) => {
        const threshold = thresholdOf.get(condition.dimension);
        if (!threshold) {
          problems.push(problemAt(scope, ['tiers', index, 'when', conditionIndex, 'dimension'], 'tier/unknown-dimension', `The scope has no ${condition.dimension} threshold, so this condition has no unit.`, `Add a ${condition.dimension} threshold to thresholds, or test one of: ${[...thresholdOf.keys()].join(', ')}.`));
        } else if (condition.atLeast < threshold.atLeast) {
          problems.push(
            problemAt(scope, ['tiers', index, 'when', conditionIndex, 'atLeast'], 'tier/below-threshold', `${condition.atLeast} ${threshold.unit} is below the scope threshold of ${threshold.atLeast} ${threshold.unit}.`, `Work below the threshold is not in scope on that dimension; set atLeast to ${threshold.atLeast} or more.`),
          );
        }
      });
    });
    return problems;
  });
}

/** The forums and roles that approve and decide gates for a tier exist. */
export function tierDecidersExist(content: ContentSet): Problem[] {
  const forums = new Set(content.declared.forums);
  const roles = new Set(content.declared.roles);
  return content.scope.flatMap((scope) =>
    (scope.data.tiers ?? []).flatMap((tier, index) =>
      (['approval', 'gateDecision'] as const).flatMap((key) => {
        const decider = tier[key];
        const problems: Problem[] = [];
        if (decider.forum !== undefined && !forums.has(decider.forum)) {
          const suggestion = closestMatch(decider.forum, forums);
          problems.push(problemAt(scope, ['tiers', index, key, 'forum'], 'reference/forum', `Unknown forum "${decider.forum}".`, suggestion ? `Did you mean "${suggestion}"?` : 'Forum ids are the file names in content/governance/forums/.'));
        }
        if (decider.role !== undefined && !roles.has(decider.role)) {
          const suggestion = closestMatch(decider.role, roles);
          problems.push(problemAt(scope, ['tiers', index, key, 'role'], 'reference/role', `Unknown role "${decider.role}".`, suggestion ? `Did you mean "${suggestion}"?` : 'Role ids are the file names in content/roles/.'));
        }
        return problems;
      }),
    ),
  );
}

/** The intake form asks every threshold and tier question, once, with unique field ids. */
export function intakeFormAsksEveryThreshold(content: ContentSet): Problem[] {
  return content.scope.flatMap((scope) => {
    const form = scope.data.intakeForm;
    if (!form) return [];
    const problems: Problem[] = [];
    const ids = new Set<string>();
    const asked = new Set<string>();
    form.sections.forEach((section, sectionIndex) =>
      section.fields.forEach((field, fieldIndex) => {
        const path = ['intakeForm', 'sections', sectionIndex, 'fields', fieldIndex];
        if (ids.has(field.id)) problems.push(problemAt(scope, [...path, 'id'], 'intake/duplicate-field', `The field id "${field.id}" is used twice in the form.`, 'Give each field its own id.'));
        ids.add(field.id);
        if (field.measures === undefined) return;
        if (asked.has(field.measures)) problems.push(problemAt(scope, [...path, 'measures'], 'intake/duplicate-measure', `Another field already asks for ${field.measures}.`, 'Ask each threshold once: remove measures from one of the two fields.'));
        asked.add(field.measures);
      }),
    );
    const needed = new Set([...scope.data.thresholds.map((threshold) => threshold.dimension), ...(scope.data.tiers ?? []).flatMap((tier) => tier.when.map((condition) => condition.dimension))]);
    for (const dimension of needed) {
      if (asked.has(dimension)) continue;
      problems.push(
        problemAt(scope, ['intakeForm', 'sections'], 'intake/threshold-not-asked', `The intake form asks nothing that answers the ${dimension} threshold, so triage cannot tell whether a request is in scope.`, `Add a field with measures: ${dimension}, or mark the field that answers it.`),
      );
    }
    return problems;
  });
}
