import { describe, expect, it } from 'vitest';
import { monthByMonth, occurrences } from '../../src/lib/plans/comms-calendar.ts';

describe('communication occurrences', () => {
  it('repeats daily on working days only', () => {
    // Thu 1 April 2027 to Tue 6 April: the weekend is skipped.
    expect(occurrences({ frequency: 'daily', first: '2027-04-01' }, '2027-04-01', '2027-04-06')).toEqual(['2027-04-01', '2027-04-02', '2027-04-05', '2027-04-06']);
  });

  it('repeats weekly and fortnightly from the first date', () => {
    expect(occurrences({ frequency: 'weekly', first: '2026-10-22' }, '2026-10-01', '2026-11-12')).toEqual(['2026-10-22', '2026-10-29', '2026-11-05', '2026-11-12']);
    expect(occurrences({ frequency: 'fortnightly', first: '2026-10-22' }, '2026-11-01', '2026-12-31')).toEqual(['2026-11-05', '2026-11-19', '2026-12-03', '2026-12-17', '2026-12-31']);
  });

  it('repeats monthly and quarterly on the same day of the month', () => {
    expect(occurrences({ frequency: 'monthly', first: '2026-11-13' }, '2026-11-01', '2027-02-28')).toEqual(['2026-11-13', '2026-12-13', '2027-01-13', '2027-02-13']);
    expect(occurrences({ frequency: 'quarterly', first: '2026-10-14' }, '2026-10-01', '2027-09-30')).toEqual(['2026-10-14', '2027-01-14', '2027-04-14', '2027-07-14']);
  });

  it('skips a month without the day, as iCalendar does', () => {
    expect(occurrences({ frequency: 'monthly', first: '2027-01-31' }, '2027-01-01', '2027-05-31')).toEqual(['2027-01-31', '2027-03-31', '2027-05-31']);
  });

  it('stops at until and keeps per-event ones to their first date', () => {
    expect(occurrences({ frequency: 'weekly', first: '2027-01-18', until: '2027-02-01' }, '2027-01-01', '2027-12-31')).toEqual(['2027-01-18', '2027-01-25', '2027-02-01']);
    expect(occurrences({ frequency: 'per-event', first: '2026-11-16' }, '2026-11-01', '2026-11-30')).toEqual(['2026-11-16']);
    expect(occurrences({ frequency: 'per-event', first: '2026-11-16' }, '2026-12-01', '2026-12-31')).toEqual([]);
  });
});

describe('month-by-month view', () => {
  const entries = [
    { id: 'bulletin', frequency: 'monthly' as const, first: '2026-10-28' },
    { id: 'review', frequency: 'quarterly' as const, first: '2026-12-09' },
    { id: 'survey', frequency: 'per-event' as const, first: '2026-11-16' },
  ];

  it('covers the given number of months from the month of the earliest first date, quiet months included', () => {
    const months = monthByMonth(entries, 4);
    expect(months.map(({ month, items }) => [month, items.map(({ entry, dates }) => `${entry.id} ${dates.join(' ')}`)])).toEqual([
      ['2026-10', ['bulletin 2026-10-28']],
      ['2026-11', ['survey 2026-11-16', 'bulletin 2026-11-28']],
      ['2026-12', ['review 2026-12-09', 'bulletin 2026-12-28']],
      ['2027-01', ['bulletin 2027-01-28']],
    ]);
    expect(monthByMonth([{ id: 'once', frequency: 'per-event' as const, first: '2026-10-01' }], 2)[1]).toEqual({ month: '2026-11', items: [] });
  });

  it('is empty without entries and spans a year by default', () => {
    expect(monthByMonth([])).toEqual([]);
    expect(monthByMonth(entries).map((month) => month.month)).toEqual([
      '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09',
    ]);
  });
});
