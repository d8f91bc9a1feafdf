import { beforeEach, describe, expect, it } from 'vitest';
import { useOrganizationFormats } from '../../src/lib/formats/format.ts';
import type { BudgetLine } from '../../src/schemas/index.ts';
import { budgetTotals, formatMoney } from '../../src/lib/plans/budget.ts';

const line = (fields: Partial<BudgetLine>): BudgetLine => ({
  item: 'Item',
  category: 'staff',
  amount: 0,
  currency: 'GBP',
  costType: 'opex',
  period: 'Year one',
  owner: 'pmo-lead',
  contingency: 0,
  ...fields,
});

describe('budget totals', () => {
  const totals = budgetTotals(
    [
    line({ item: 'Analyst', category: 'staff', amount: 60000 }),
    line({ item: 'Tool set-up', category: 'software', amount: 40000, costType: 'capex', contingency: 30 }),
    line({ item: 'Licences', category: 'software', amount: 25000 }),
    line({ item: 'Course', category: 'training', amount: 1999.99, contingency: 15 }),
    ],
    'GBP',
  );

  it('adds each line its contingency, rounded to the penny', () => {
    expect(totals.lines.map(({ contingencyAmount, total }) => [contingencyAmount, total])).toEqual([
      [0, 60000],
      [12000, 52000],
      [0, 25000],
      [300, 2299.99],
    ]);
  });

  it('subtotals by category in the order categories first appear, and by capex then opex', () => {
    expect(totals.byCategory).toEqual([
      { category: 'staff', sum: { base: 60000, contingency: 0, total: 60000 } },
      { category: 'software', sum: { base: 65000, contingency: 12000, total: 77000 } },
      { category: 'training', sum: { base: 1999.99, contingency: 300, total: 2299.99 } },
    ]);
    expect(totals.byCostType).toEqual([
      { costType: 'capex', sum: { base: 40000, contingency: 12000, total: 52000 } },
      { costType: 'opex', sum: { base: 86999.99, contingency: 300, total: 87299.99 } },
    ]);
  });

  it('gives a grand total without floating-point drift', () => {
    expect(totals.total).toEqual({ base: 126999.99, contingency: 12300, total: 139299.99 });
    const tenths = budgetTotals(Array.from({ length: 10 }, () => line({ amount: 0.1 })), 'GBP');
    expect(tenths.total.total).toBe(1);
  });

  it('leaves out a cost type with no lines and takes the currency from the lines', () => {
    const euros = budgetTotals([line({ amount: 100, currency: 'EUR' })], 'USD');
    expect(euros.byCostType.map((group) => group.costType)).toEqual(['opex']);
    expect(euros.currency).toBe('EUR');
  });

  it("is in the organization's currency when the lines name none", () => {
    expect(budgetTotals([line({ amount: 100, currency: undefined })], 'USD').currency).toBe('USD');
  });
});

describe('money format', () => {
  beforeEach(() => {
    useOrganizationFormats({ locale: 'en-GB', currency: 'GBP' });
  });

  it('formats whole amounts without pence and others with them, in the currency', () => {
    expect(formatMoney(665000, 'GBP')).toBe('£665,000');
    expect(formatMoney(2299.99, 'GBP')).toBe('£2,299.99');
    expect(formatMoney(1500, 'EUR')).toBe('€1,500');
    expect(formatMoney(1500, 'USD')).toBe('US$1,500');
    expect(formatMoney(1500)).toBe('£1,500');
  });

  it("writes amounts in the organization's locale and currency", () => {
    useOrganizationFormats({ locale: 'en-US', currency: 'USD' });
    expect(formatMoney(1_200_000)).toBe('$1,200,000');
    useOrganizationFormats({ locale: 'de-DE', currency: 'EUR' });
    expect(formatMoney(1_200_000)).toBe('1.200.000\u00a0€');
    expect(formatMoney(2299.5)).toBe('2.299,50\u00a0€');
  });
});
