/** Articles are shared out over the sites by weight, in whole numbers that add up to what was asked. */
import { describe, expect, it } from 'vitest';
import { shareOut } from './generate.service.js';

describe('shareOut', () => {
  it('adds up exactly and follows the weights', () => {
    expect(shareOut(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(shareOut(1_000_000, [4, 2, 2, 1, 1]).reduce((a, b) => a + b, 0)).toBe(1_000_000);
    expect(shareOut(100, [4, 1])).toEqual([80, 20]);
    expect(shareOut(0, [1, 2])).toEqual([0, 0]);
    expect(shareOut(5, [])).toEqual([]);
  });
});
