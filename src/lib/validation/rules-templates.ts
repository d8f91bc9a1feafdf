import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';

/** A template section that prints governance rules needs content/governance/escalation.yaml to take them from. */
export function templateInsertsHaveGovernance(content: ContentSet): Problem[] {
  if (content.escalation.length > 0 || content.declared.escalation.size > 0) return [];
  return content.templates.flatMap((template) =>
    template.data.sections.flatMap((section, i) =>
      section.insert === undefined
        ? []
        : [
            problemAt(
              template,
              ['sections', i, 'insert'],
              'template/insert-needs-escalation',
              `The section "${section.heading}" prints the ${section.insert} from content/governance/escalation.yaml, which does not exist.`,
              'Add content/governance/escalation.yaml with the escalation levels and their tolerances, or remove "insert" from this section.',
            ),
          ],
    ),
  );
}
