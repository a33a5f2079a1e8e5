/** The title's search queries for related articles, and how their rankings merge. */
import { describe, expect, it } from 'vitest';
import { mergeRankings, titleQueries } from './related-suggestions.js';

describe('related suggestions', () => {
  it('searches a title as its pairs of neighbouring words, quoted, at most eight', () => {
    expect(titleQueries('Phát triển du lịch cộng đồng')).toEqual(['"Phát triển"', '"triển du"', '"du lịch"', '"lịch cộng"', '"cộng đồng"']);
    expect(titleQueries('“Chuyển đổi” số')).toEqual(['"Chuyển đổi"', '"đổi số"']);
    expect(titleQueries('Thông báo')).toEqual(['"Thông báo"']);
    expect(titleQueries('Thông')).toEqual(['Thông']);
    expect(titleQueries('  ')).toEqual([]);
    expect(titleQueries(Array.from({ length: 20 }, (_, i) => `từ${i}`).join(' '))).toHaveLength(8);
  });

  it('puts first what more queries found, then the better rank', () => {
    expect(mergeRankings([[3, 1, 2], [2, 4], [2, 1]])).toEqual([2, 1, 3, 4]);
    expect(mergeRankings([])).toEqual([]);
  });
});
