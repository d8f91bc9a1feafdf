import type { ContentSet } from '../validation/content-set.ts';
import type { Problem } from '../validation/problem.ts';
import { problemAt } from '../validation/problem-at.ts';
import type { RuleContext } from '../validation/rule.ts';
import { closestMatch } from '../validation/suggest.ts';

/** A benefit's objective and plan exist, so the register and the objective pages can link both ways. */
export function benefitReferencesResolve(content: ContentSet): Problem[] {
  const objectives = new Set([...content.declared.objectives]);
  const plans = new Set([...content.declared.plans]);
  return content.benefits.flatMap((benefit) => {
    const problems: Problem[] = [];
    if (!objectives.has(benefit.data.objective)) {
      const suggestion = closestMatch(benefit.data.objective, objectives);
      problems.push(
        problemAt(
          benefit,
          ['objective'],
          'benefit/unknown-objective',
          `Unknown objective "${benefit.data.objective}".`,
          suggestion ? `Did you mean "${suggestion}"?` : `Use the id of an objective in content/objectives/ (${[...objectives].sort().join(', ')}).`,
        ),
      );
    }
    const plan = benefit.data.plan;
    if (plan !== undefined && !plans.has(plan)) {
      const suggestion = closestMatch(plan, plans);
      problems.push(
        problemAt(benefit, ['plan'], 'benefit/unknown-plan', `Unknown plan "${plan}".`, suggestion ? `Did you mean "${suggestion}"?` : `Use the id of a plan in content/plans/ (${[...plans].sort().join(', ') || 'none yet'}), or leave plan out.`),
      );
    }
    return problems;
  });
}

/** A target equal to the baseline promises no change, so there is nothing to realise. */
export function benefitTargetsDifferFromBaselines(content: ContentSet): Problem[] {
  return content.benefits
    .filter((benefit) => benefit.data.target === benefit.data.baseline)
    .map((benefit) =>
      problemAt(benefit, ['target'], 'benefit/target-equals-baseline', `The target (${benefit.data.target}) equals the baseline.`, 'Set the value the measure must reach once the benefit is realised; a benefit that changes nothing is not a benefit.'),
    );
}

/** Expected and realised values each run in date order, one per date, so charts and "latest value" read them as written. */
export function benefitValuesAreInDateOrder(content: ContentSet): Problem[] {
  return content.benefits.flatMap((benefit) =>
    (['expected', 'realised'] as const).flatMap((field) =>
      benefit.data[field].flatMap((point, i, points) =>
        i > 0 && point.date <= points[i - 1].date
          ? [
              problemAt(
                benefit,
                [field, i, 'date'],
                'benefit/date-order',
                `${field} value ${i + 1} is dated ${point.date}, not after the one before it (${points[i - 1].date}).`,
                `List ${field} values oldest first, one per date; correct the date or move the entry.`,
              ),
            ]
          : [],
      ),
    ),
  );
}

/** A benefit whose realisation should have started has at least one measured value; otherwise nobody is tracking it. */
export function dueBenefitsHaveRealisedValues(content: ContentSet, context: RuleContext): Problem[] {
  return content.benefits
    .filter((benefit) => benefit.data.status !== 'closed' && benefit.data.realised.length === 0 && benefit.data.expected[0].date < context.today)
    .map((benefit) =>
      problemAt(
        benefit,
        ['expected', 0, 'date'],
        'benefit/not-measured',
        `Realisation was expected to start by ${benefit.data.expected[0].date}, but no realised value has been recorded.`,
        `Ask the ${benefit.data.owner} for the latest value of the measure and add it under realised, or set status to closed with a note if it is no longer tracked.`,
        'warning',
      ),
    );
}
