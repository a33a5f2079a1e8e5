import { describe, expect, it } from 'vitest';
import { formatVietnamDate, formatVietnamDateTime, toStoredInstant, toVietnamIso } from './dates.js';

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
