import { describe, expect, it } from 'vitest';
import { formatCount } from './counts.js';

describe('formatCount', () => {
  const intl = new Intl.NumberFormat('vi-VN');

  it('writes thousands with dots, as the portals write them', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1.000');
    expect(formatCount(1_234_567)).toBe('1.234.567');
  });

  it('writes every count as the vi-VN number format does, whole or not', () => {
    const samples = [1, 12, 123, 1234, 12_345, 123_456, 9_999_999, Number.MAX_SAFE_INTEGER, -5, 2.5];
    for (let i = 0; i < 200; i += 1) samples.push(Math.floor(Math.random() * 10 ** (1 + (i % 12))));
    for (const n of samples) expect(formatCount(n), String(n)).toBe(intl.format(n));
  });
});
