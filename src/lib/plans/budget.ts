import type { BudgetCategory, BudgetLine, CostType } from '../../schemas/index.ts';

/** A budget line with its contingency and total worked out. */
export interface CostedLine {
  line: BudgetLine;
  contingencyAmount: number;
  total: number;
}

/** Base amount, contingency and total of a group of lines. */
export interface BudgetSum {
  base: number;
  contingency: number;
  total: number;
}

export interface BudgetTotals {
  currency: string;
  lines: CostedLine[];
  /** Categories in the order they first appear in the budget. */
  byCategory: { category: BudgetCategory; sum: BudgetSum }[];
  /** Capex first, then opex; a cost type with no lines is left out. */
  byCostType: { costType: CostType; sum: BudgetSum }[];
  total: BudgetSum;
}

// Money is added in hundredths (pence, cents) so that sums of many lines never drift.
const toMinor = (amount: number) => Math.round(amount * 100);
const toMajor = (minor: number) => minor / 100;

function sumOf(lines: { base: number; contingency: number }[]): BudgetSum {
  const base = lines.reduce((sum, line) => sum + line.base, 0);
  const contingency = lines.reduce((sum, line) => sum + line.contingency, 0);
  return { base: toMajor(base), contingency: toMajor(contingency), total: toMajor(base + contingency) };
}

/**
 * Contingency, subtotals by category and by capex/opex, and the grand total. The content
 * check guarantees one currency per plan; the first line's currency is the plan's.
 */
export function budgetTotals(lines: BudgetLine[]): BudgetTotals {
  const minor = lines.map((line) => {
    const base = toMinor(line.amount);
    return { line, base, contingency: Math.round((base * line.contingency) / 100) };
  });
  const categories = [...new Set(lines.map((line) => line.category))];
  const costTypes = (['capex', 'opex'] as const).filter((costType) => lines.some((line) => line.costType === costType));
  return {
    currency: lines[0]?.currency ?? 'GBP',
    lines: minor.map(({ line, base, contingency }) => ({ line, contingencyAmount: toMajor(contingency), total: toMajor(base + contingency) })),
    byCategory: categories.map((category) => ({ category, sum: sumOf(minor.filter(({ line }) => line.category === category)) })),
    byCostType: costTypes.map((costType) => ({ costType, sum: sumOf(minor.filter(({ line }) => line.costType === costType)) })),
    total: sumOf(minor),
  };
}

/** An amount in the currency's usual form, for example "£485,000" (pence only when there are any). */
export function formatMoney(amount: number, currency: string): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount);
}
