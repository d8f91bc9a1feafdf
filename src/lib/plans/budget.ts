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
 * check guarantees one currency per plan; a line that names none is in `defaultCurrency`
 * (the organization's).
 */
export function budgetTotals(lines: BudgetLine[], defaultCurrency: string): BudgetTotals {
  const minor = lines.map((line) => {
    const base = toMinor(line.amount);
    return { line, base, contingency: Math.round((base * line.contingency) / 100) };
  });
  const categories = [...new Set(lines.map((line) => line.category))];
  const costTypes = (['capex', 'opex'] as const).filter((costType) => lines.some((line) => line.costType === costType));
  return {
    currency: lines[0]?.currency ?? defaultCurrency,
    lines: minor.map(({ line, base, contingency }) => ({ line, contingencyAmount: toMajor(contingency), total: toMajor(base + contingency) })),
    byCategory: categories.map((category) => ({ category, sum: sumOf(minor.filter(({ line }) => line.category === category)) })),
    byCostType: costTypes.map((costType) => ({ costType, sum: sumOf(minor.filter(({ line }) => line.costType === costType)) })),
    total: sumOf(minor),
  };
}

/** An amount in the organization's locale; see format.ts. */
export { formatMoney } from '../formats/format.ts';
