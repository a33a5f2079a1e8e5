import { describe, expect, it } from 'vitest';
import {
  formatVietnamDate,
  formatVietnamDateTime,
  fromVietnamLocalInput,
  fromVietnamWallClock,
  FIXED_OFFSET_SINCE_MS,
  intlParts,
  isVietnamDay,
  toStoredInstant,
  toVietnamIso,
  vietnamDayEdge,
  vietnamDayOf,
  vietnamMonthOf,
  vietnamMonthRange,
  vietnamParts,
} from './vietnam-time.js';

describe('Vietnamese dates', () => {
  it('shows the seed article time exactly as the original portal did', () => {
    expect(formatVietnamDateTime('2022-11-16T09:21:00Z')).toBe('16:21, Thứ Tư, 16-11-2022');
    expect(toVietnamIso('2022-11-16T09:21:00Z')).toBe('2022-11-16T16:21:00+07:00');
  });

  it('zero-pads hours, minutes, days and months', () => {
    expect(formatVietnamDateTime('2023-01-04T01:05:00Z')).toBe('08:05, Thứ Tư, 04-01-2023');
  });

  it('moves to the next day when UTC is at or after 17:00', () => {
    expect(formatVietnamDateTime('2022-12-31T16:59:00Z')).toBe('23:59, Thứ Bảy, 31-12-2022');
    expect(formatVietnamDateTime('2022-12-31T17:00:00Z')).toBe('00:00, Chủ Nhật, 01-01-2023');
    expect(toVietnamIso('2022-12-31T17:00:00Z')).toBe('2023-01-01T00:00:00+07:00');
    expect(formatVietnamDate('2024-02-28T17:30:00Z')).toBe('29-02-2024');
  });

  it('shows midnight as 00, never 24', () => {
    expect(formatVietnamDateTime('2024-06-09T17:00:00Z')).toBe('00:00, Thứ Hai, 10-06-2024');
  });

  it('names every weekday', () => {
    const names = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];
    names.forEach((name, i) => {
      // 2022-11-14 is a Monday in Vietnam.
      const instant = new Date(Date.UTC(2022, 10, 14 + i, 3, 0));
      expect(formatVietnamDateTime(instant)).toContain(`, ${name}, `);
    });
  });

  it('stores instants as ISO UTC and refuses nonsense', () => {
    expect(toStoredInstant('2022-11-16T16:21:00+07:00')).toBe('2022-11-16T09:21:00.000Z');
    expect(() => toStoredInstant('not a date')).toThrow(RangeError);
  });
});

describe('Vietnam wall-clock parts', () => {
  it('computes the same parts as the time zone database for every instant since the offset became fixed', () => {
    // Every hour boundary of several days across years, and a spread of instants to 2100.
    const instants = [FIXED_OFFSET_SINCE_MS, Date.UTC(2022, 10, 16, 9, 21), Date.UTC(2024, 1, 29, 16, 59, 59), Date.UTC(2024, 1, 29, 17, 0, 0)];
    for (let t = FIXED_OFFSET_SINCE_MS; t < Date.UTC(2100, 0, 1); t += 7_919 * 60_000 + 13_001) instants.push(t);
    for (const t of instants) expect(vietnamParts(new Date(t)), new Date(t).toISOString()).toEqual(intlParts(new Date(t)));
  });

  it('reads instants before 1976 from the time zone database (UTC+8 in the South until June 1975)', () => {
    expect(toVietnamIso('1970-01-01T00:00:00Z')).toBe('1970-01-01T08:00:00+08:00');
    expect(toVietnamIso('1975-06-13T12:00:00Z')).toBe('1975-06-13T19:00:00+07:00');
  });
});

describe('Vietnam days, months and ranges', () => {
  it('starts a Vietnam day at 17:00 UTC the day before and ends it a millisecond before the next', () => {
    expect(vietnamDayEdge('2026-01-01', 'start')).toBe('2025-12-31T17:00:00.000Z');
    expect(vietnamDayEdge('2026-01-01', 'end')).toBe('2026-01-01T16:59:59.999Z');
  });

  it('knows month ends and leap days, and refuses days that do not exist', () => {
    expect(vietnamDayEdge('2024-02-29', 'start')).toBe('2024-02-28T17:00:00.000Z');
    for (const day of ['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-01', '2026-01-0a', '', '2026-01-011']) {
      expect(isVietnamDay(day), day).toBe(false);
      expect(vietnamDayEdge(day, 'start'), day).toBeUndefined();
    }
    expect(isVietnamDay('2000-02-29')).toBe(true);
    expect(isVietnamDay('1900-02-29')).toBe(false);
  });

  it('gives a month as [from, to), across the year end', () => {
    expect(vietnamMonthRange('2026-12')).toEqual({ from: '2026-11-30T17:00:00.000Z', to: '2026-12-31T17:00:00.000Z' });
    expect(vietnamMonthRange('2026-13')).toBeUndefined();
    expect(vietnamMonthRange('2026-1')).toBeUndefined();
  });

  it('names the Vietnam day and month of an instant, far dates included', () => {
    expect(vietnamDayOf('2026-12-31T17:00:00.000Z')).toBe('2027-01-01');
    expect(vietnamMonthOf('2026-12-31T16:59:59.999Z')).toBe('2026-12');
    expect(vietnamDayOf(new Date(fromVietnamWallClock(9999, 12, 31, 23, 59)))).toBe('9999-12-31');
    expect(vietnamDayOf(new Date(fromVietnamWallClock(50, 3, 1)))).toBe('0050-03-01');
  });

  it('reads a datetime-local value as Vietnam time', () => {
    expect(fromVietnamLocalInput('2026-11-29T08:00')).toBe('2026-11-29T01:00:00.000Z');
    for (const bad of ['2026-11-29T24:00', '2026-11-29 08:00', '2026-02-30T08:00', '2026-11-29T8:00', '']) expect(fromVietnamLocalInput(bad), bad).toBeUndefined();
  });
});
