import { describe, expect, it } from 'vitest';
import { foundTogether, shortestStretch } from './proximity.js';
import { parseQuery } from './query.js';

const words = (q: string) => parseQuery(q).words;

describe('words found together', () => {
  it('holds for the phrase and for the words a few words apart, in any order', () => {
    expect(foundTogether(words('binh dang gioi '), ' thuc hien binh dang gioi trong co quan ')).toBe(true);
    expect(foundTogether(words('binh dang gioi '), ' gioi va binh dang ')).toBe(true);
    expect(foundTogether(words('nong thon '), ' nong nghiep va thon ')).toBe(true);
  });

  it('fails for the same words in different sentences, and for a single word', () => {
    const scattered = ' thu nhap binh quan tang nhanh nhung viec lam dang con kho khan trong khi co gioi hoa nong nghiep con cham ';
    expect(foundTogether(words('binh dang gioi '), scattered)).toBe(false);
    expect(foundTogether(words('binh '), ' binh ')).toBe(false);
  });

  it('measures the shortest stretch holding every word, or none when one is absent', () => {
    expect(shortestStretch(words('a b '), ' a x x b a ')).toBe(2);
    expect(shortestStretch(words('a c '), ' a x x b a ')).toBeNull();
    // The last word is a prefix as typed.
    expect(shortestStretch(words('binh dan'), ' binh dang ')).toBe(2);
  });
});
