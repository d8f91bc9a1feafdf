import { privateContentVariable } from './private-overlay.ts';
import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';

/**
 * A sensitive stakeholder's assessment lives in the private overlay, not in content/: the
 * site never shows it, but the repository is what editors fork, review and may make public.
 */
export function sensitiveAssessmentsStayPrivate(content: ContentSet): Problem[] {
  return content.stakeholders
    .filter((stakeholder) => stakeholder.data.sensitive && stakeholder.data.assessment !== undefined && !stakeholder.overlay?.keys.includes('assessment'))
    .map((stakeholder) =>
      problemAt(
        stakeholder,
        ['assessment'],
        'private/sensitive-in-repository',
        `The assessment of "${stakeholder.data.name}" is marked sensitive but is written in the repository.`,
        `Move the assessment block to content/stakeholders/${stakeholder.id}.yaml in the private overlay (the folder ${privateContentVariable} names; see CONTRIBUTING.md) and delete it here. The site builds without it and lists the group by name.`,
        'warning',
      ),
    );
}
