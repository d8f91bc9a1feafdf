import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addMonthsToMonth,
  buildDate,
  dayOfMonth,
  daysBetween,
  isIsoDate,
  isWeekend,
  lastDayOfMonth,
  todayIso,
  weekday,
} from '../../src/lib/dates/calendar-date.ts';

describe('calendar dates', () => {
  it('adds months and moves a day the target month lacks to its last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-06-15', 9)).toBe('2027-03-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2026-12-31', 12)).toBe('2027-12-31');
  });

  it('steps months and finds their last day across year ends and leap years', () => {
    expect(addMonthsToMonth('2026-11', 3)).toBe('2027-02');
    expect(addMonthsToMonth('2027-01', -1)).toBe('2026-12');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
  });

  it('adds days and counts the days between two dates, whatever the daylight-saving changes', () => {
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-12-01', '2027-01-01')).toBe(31);
    expect(daysBetween('2027-01-01', '2026-12-01')).toBe(-31);
  });

  it('names weekdays and weekends and the day of the month', () => {
    expect(weekday('2027-04-04')).toBe(0);
    expect(isWeekend('2027-04-03')).toBe(true);
    expect(isWeekend('2027-04-05')).toBe(false);
    expect(dayOfMonth('2027-04-05')).toBe(5);
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('2027-1-01')).toBe(false);
    expect(isIsoDate('1/2/2027')).toBe(false);
  });

  it('takes today from PMO_TODAY when set, and refuses a malformed or impossible one', () => {
    expect(todayIso({ PMO_TODAY: '2027-02-01' })).toBe('2027-02-01');
    expect(todayIso({}, new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-26');
    expect(() => todayIso({ PMO_TODAY: '1/2/2027' })).toThrow('PMO_TODAY must be a date written as YYYY-MM-DD');
    expect(() => todayIso({ PMO_TODAY: '2027-02-30' })).toThrow('PMO_TODAY must be a date written as YYYY-MM-DD');
  });

  it('takes the build date from SOURCE_DATE_EPOCH when set, else from the clock, in UTC', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1795132800' })).toBe('2026-11-20');
    expect(buildDate({}, new Date('2026-11-20T23:59:59Z'))).toBe('2026-11-20');
    expect(buildDate({ SOURCE_DATE_EPOCH: 'soon' }, new Date('2026-01-02T00:00:00Z'))).toBe('2026-01-02');
  });
});
