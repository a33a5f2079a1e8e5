/** The number key: every spelling a reader types meets the stored key of that number, and only of that one. */
import { describe, expect, it } from 'vitest';
import { documentNumberKey, keyMatches, numberQueryTokens, numberTokens } from './document-number.js';

describe('document numbers', () => {
  const key = documentNumberKey('42/2022/NĐ-CP');

  it('keys a number by its folded runs of letters and digits', () => {
    expect(key).toBe(' 42 2022 nd cp ');
    expect(documentNumberKey('42/2022/ND-CP')).toBe(key);
    expect(documentNumberKey(' 42 / 2022 / nđ – cp ')).toBe(key);
    expect(documentNumberKey('104/2016/QH13')).toBe(' 104 2016 qh 13 ');
    expect(documentNumberKey('05/KH-UBND')).toBe(' 5 kh ubnd ');
    expect(documentNumberKey('')).toBe('');
    expect(numberTokens('NĐ42')).toEqual(['nd', '42']);
  });

  it.each(['42/2022/NĐ-CP', '42/2022/ND-CP', '42/2022', 'nd 42', 'NĐ42', 'nđ-cp 42', '42 2022'])('finds 42/2022/NĐ-CP by “%s”', (q) => {
    const tokens = numberQueryTokens(q);
    expect(tokens).toBeDefined();
    expect(keyMatches(key, tokens ?? [])).toBe(true);
  });

  it('does not take 43/2011/NĐ-CP or 42/2021 for it', () => {
    expect(keyMatches(documentNumberKey('43/2011/NĐ-CP'), numberQueryTokens('42/2022') ?? [])).toBe(false);
    expect(keyMatches(key, numberQueryTokens('42/2021') ?? [])).toBe(false);
    expect(keyMatches(documentNumberKey('142/2022/NĐ-CP'), numberQueryTokens('nd 42') ?? [])).toBe(false);
  });

  it('treats text without a digit, or too long, as words', () => {
    expect(numberQueryTokens('cung cấp thông tin')).toBeUndefined();
    expect(numberQueryTokens('')).toBeUndefined();
    expect(numberQueryTokens('1 2 3 4 5 6 7')).toBeUndefined();
    expect(numberQueryTokens('9'.repeat(100))).toBeUndefined();
  });

  it('stays linear on hostile input', () => {
    const started = performance.now();
    numberTokens('a1'.repeat(50_000));
    documentNumberKey('-/'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(500);
  });
});
