/** Date bounds: Vietnam's whole days for bare dates, exact instants otherwise, real calendars only. */
import { describe, expect, it } from 'vitest';
import { parseDateBound } from './params.js';

describe('date bounds', () => {
  it('reads a bare date as a whole day in Asia/Ho_Chi_Minh', () => {
    expect(parseDateBound('2022-11-16', 'start')).toBe('2022-11-15T17:00:00.000Z');
    expect(parseDateBound('2022-11-16', 'end')).toBe('2022-11-16T16:59:59.999Z');
  });

  it('reads instants with their offset', () => {
    expect(parseDateBound('2022-11-16T16:21+07:00', 'start')).toBe('2022-11-16T09:21:00.000Z');
    expect(parseDateBound('2022-11-16T09:21:00Z', 'end')).toBe('2022-11-16T09:21:00.000Z');
    expect(parseDateBound('2022-11-16T09:21:00.1234Z', 'end')).toBe('2022-11-16T09:21:00.123Z');
    expect(parseDateBound('2022-11-16T04:21:00-05:00', 'start')).toBe('2022-11-16T09:21:00.000Z');
  });

  it('refuses impossible or out-of-range dates', () => {
    for (const value of ['2022-02-30', '2023-02-29', '2022-13-01', '2022-00-10', '2022-11-16T24:00Z', '2022-11-16T10:60Z', '2022-11-16T10:00', '0999-12-31', '0000-01-01', '9999-12-31T23:59:59-14:00', '16-11-2022', '2022-11-16 10:00Z', '']) {
      expect(parseDateBound(value, 'start'), value).toBeUndefined();
    }
    expect(parseDateBound('2024-02-29', 'start')).toBe('2024-02-28T17:00:00.000Z');
    expect(parseDateBound('1000-01-01T00:00Z', 'start')).toBe('1000-01-01T00:00:00.000Z');
  });
});
