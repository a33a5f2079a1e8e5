/** ISO weeks: parsing refuses every malformed or impossible week; weeks of days across year ends; the days of a week. */
import { describe, expect, it } from 'vitest';
import { daysOfIsoWeek, formatIsoWeek, isoWeekOfDay, parseIsoWeek, shiftIsoWeek, vietnamIsoWeek, weeksInYear } from './iso-week.js';

describe('ISO weeks', () => {
  it('parses and formats a week', () => {
    expect(parseIsoWeek('2022-W46')).toEqual({ year: 2022, week: 46 });
    expect(formatIsoWeek({ year: 2022, week: 46 })).toBe('2022-W46');
    expect(formatIsoWeek({ year: 2026, week: 1 })).toBe('2026-W01');
  });

  it('refuses what is not a week', () => {
    for (const bad of ['2022-W60', '2022-W00', '2022-W53', 'abc', '', '2022-w46', '2022W46', '22-W46', ' 2022-W46', '2022-W46 ', 'abcd-W12', '0999-W01', '2022-W4', 'x'.repeat(100_000)]) {
      expect(parseIsoWeek(bad), bad).toBeUndefined();
    }
  });

  it('knows which years have 53 weeks', () => {
    expect(weeksInYear(2020)).toBe(53);
    expect(weeksInYear(2026)).toBe(53);
    expect(weeksInYear(2022)).toBe(52);
    expect(parseIsoWeek('2020-W53')).toEqual({ year: 2020, week: 53 });
  });

  it('finds the week of a day, across year ends', () => {
    expect(isoWeekOfDay('2022-11-16')).toEqual({ year: 2022, week: 46 });
    expect(isoWeekOfDay('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOfDay('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOfDay('2023-01-01')).toEqual({ year: 2022, week: 52 });
    expect(isoWeekOfDay('2022-02-30')).toBeUndefined();
    expect(isoWeekOfDay('nope')).toBeUndefined();
  });

  it('lists the seven days Monday first', () => {
    expect(daysOfIsoWeek({ year: 2022, week: 46 })).toEqual(['2022-11-14', '2022-11-15', '2022-11-16', '2022-11-17', '2022-11-18', '2022-11-19', '2022-11-20']);
    expect(daysOfIsoWeek({ year: 2025, week: 1 })[0]).toBe('2024-12-30');
  });

  it('steps to the weeks before and after', () => {
    expect(shiftIsoWeek({ year: 2022, week: 52 }, 1)).toEqual({ year: 2023, week: 1 });
    expect(shiftIsoWeek({ year: 2021, week: 1 }, -1)).toEqual({ year: 2020, week: 53 });
    expect(shiftIsoWeek({ year: 2022, week: 46 }, 0)).toEqual({ year: 2022, week: 46 });
  });

  it('takes the week of an instant in Vietnam time', () => {
    // Sunday 23:30 UTC is already Monday 06:30 in Vietnam.
    expect(vietnamIsoWeek(new Date('2022-11-20T23:30:00Z'))).toEqual({ year: 2022, week: 47 });
    expect(vietnamIsoWeek(new Date('2022-11-20T16:59:59Z'))).toEqual({ year: 2022, week: 46 });
  });
});
