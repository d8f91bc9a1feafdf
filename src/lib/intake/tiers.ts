import type { Scope, Tier } from '../../schemas/index.ts';
import type { GeneratedDiagram } from '../diagrams/generated-diagram.ts';
import { flowchartLabel, mermaidIds } from '../diagrams/mermaid-text.ts';
import { thresholdLabel } from '../scope/scope-labels.ts';

type Threshold = Scope['thresholds'][number];

/** Formats a number in the site's locale; passed in so this module holds no locale of its own. */
export type NumberFormatter = (value: number) => string;

/** A tier as the scope page's table shows it. */
export interface TierRow {
  tier: Tier;
  /** Its test in words, for example "Budget at least 1,000,000 GBP, or risk at least 12 risk score (1-25)". */
  test: string;
}

/** "Budget at least 1,000,000 GBP" with the unit of the scope threshold on that dimension. */
function conditionText(condition: Tier['when'][number], thresholds: readonly Threshold[], formatNumber: NumberFormatter): string {
  const unit = thresholds.find((threshold) => threshold.dimension === condition.dimension)?.unit ?? '';
  return `${thresholdLabel(condition.dimension)} at least ${formatNumber(condition.atLeast)} ${unit}`.trim();
}

/** Each tier with its test in words; the last tier's test is "any other in-scope work". */
export function tierRows(scope: Scope, formatNumber: NumberFormatter): TierRow[] {
  return (scope.tiers ?? []).map((tier) => ({
    tier,
    test: tier.when.length > 0 ? tier.when.map((condition) => conditionText(condition, scope.thresholds, formatNumber)).join(', or ') : 'Any other in-scope work',
  }));
}

/**
 * The tiering decision as a flowchart: one question per tier in the order they are tested,
 * "yes" leading to the tier with its approver and gate decider, "no" to the next question;
 * the last tier takes whatever is left.
 */
export function tierDecisionDiagram(scope: Scope & { id: string }, formatNumber: NumberFormatter): GeneratedDiagram | undefined {
  const rows = tierRows(scope, formatNumber);
  if (rows.length === 0) return undefined;
  const ids = mermaidIds(rows.map((row) => row.tier.id), 't');
  const lines = ['flowchart TD', `  start([${flowchartLabel('In-scope request')}])`];
  const sentences: string[] = [];
  let from = 'start';
  rows.forEach((row, index) => {
    const node = ids.get(row.tier.id)!;
    lines.push(`  ${node}[${flowchartLabel(row.tier.name, `Approval: ${row.tier.approval.description}`, `Gates: ${row.tier.gateDecision.description}`)}]`);
    if (row.tier.when.length === 0) {
      lines.push(`  ${from} -->${index > 0 ? `|${flowchartLabel('No')}|` : ''} ${node}`);
      sentences.push(`otherwise it is ${row.tier.name}`);
      return;
    }
    const question = `q${index + 1}`;
    lines.push(`  ${question}{${flowchartLabel(`${row.test}?`)}}`);
    lines.push(`  ${from} -->${index > 0 ? `|${flowchartLabel('No')}|` : ''} ${question}`);
    lines.push(`  ${question} -->|${flowchartLabel('Yes')}| ${node}`);
    sentences.push(`${index === 0 ? 'if' : 'else if'} ${row.test.toLowerCase()}, it is ${row.tier.name}`);
    from = question;
  });
  const summary = `How an in-scope request is given its tier: ${sentences.join('; ')}.`;
  return { name: `tier decision of ${scope.id}`, source: lines.join('\n'), summary: summary.charAt(0).toUpperCase() + summary.slice(1) };
}
