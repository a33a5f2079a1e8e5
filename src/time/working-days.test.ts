import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, vietnamDay, workingDaysBetween } from './working-days.js';

describe('working days in Vietnam', () => {
  it('are Monday to Friday', () => {
    expect(isWorkingDay('2026-12-07')).toBe(true); // Monday
    expect(isWorkingDay('2026-12-11')).toBe(true); // Friday
    expect(isWorkingDay('2026-12-12')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-13')).toBe(false); // Sunday
  });

  it('leave out the fixed solar public holidays, with the day next to National Day', () => {
    for (const day of ['2027-01-01', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02']) expect(isWorkingDay(day)).toBe(false);
    expect(isWorkingDay('2026-09-03')).toBe(true);
  });

  it('count forward from the day after receipt', () => {
    expect(addWorkingDays('2026-12-07', 1)).toBe('2026-12-08');
    expect(addWorkingDays('2026-12-11', 1)).toBe('2026-12-14'); // Friday → Monday
    // 15 working days from Monday 7 Dec 2026: three weeks to Monday 28 Dec.
    expect(addWorkingDays('2026-12-07', 15)).toBe('2026-12-28');
    // Over New Year: 1 Jan 2027 (a Friday) is skipped.
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    // Over 30/4 and 1/5 2026 (Thursday and Friday).
    expect(addWorkingDays('2026-04-29', 1)).toBe('2026-05-04');
    expect(addWorkingDays('2026-04-29', 0)).toBe('2026-04-29');
  });

  it('measure the working days between two dates, the inverse of adding them', () => {
    expect(workingDaysBetween('2026-12-07', '2026-12-28')).toBe(15);
    expect(workingDaysBetween('2026-12-07', '2026-12-07')).toBe(0);
    expect(workingDaysBetween('2026-12-10', '2026-12-01')).toBe(0);
    for (const start of ['2026-04-28', '2026-08-28', '2026-12-24']) {
      for (const n of [1, 3, 15, 40]) expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
    }
  });

  it('take the Vietnam calendar day of an instant (UTC+7)', () => {
    expect(vietnamDay(new Date('2026-12-06T16:59:59Z'))).toBe('2026-12-06');
    expect(vietnamDay(new Date('2026-12-06T17:00:00Z'))).toBe('2026-12-07');
  });

  it('refuse a date that is not YYYY-MM-DD', () => {
    expect(() => addWorkingDays('07-12-2026', 1)).toThrow(RangeError);
  });
});
