/** The WCAG 2.2 level A and AA rule sets of axe-core (2.2 added only AA rules to axe). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The part of an axe-core result this report reads (axe's own types are wider). */
export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }>;
}

/** One failing element: enough to find it and to know what to fix. */
export interface AccessibilityProblem {
  page: string;
  rule: string;
  impact: string;
  element: string;
  markup: string;
  help: string;
  detail: string;
}

const selectorOf = (target: unknown[]) => target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' ');

/** Flattens axe's violations (rule -> nodes) into one problem per page, rule and element. */
export function accessibilityProblems(page: string, violations: AxeViolation[]): AccessibilityProblem[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      page,
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      element: selectorOf(node.target),
      markup: node.html.length > 160 ? `${node.html.slice(0, 157)}...` : node.html,
      help: violation.help,
      detail: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
}

/** "page  rule (impact)  element" with the markup and axe's explanation on the next lines. */
export function formatAccessibilityProblem(problem: AccessibilityProblem): string {
  return `${problem.page}  ${problem.rule} (${problem.impact})  ${problem.element}\n    ${problem.markup}\n    ${problem.help}. ${problem.detail}`;
}
