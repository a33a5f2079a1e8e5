/**
 * The words of a search summary that depend on whether the total is exact: past the
 * counting bound (search/service.ts RESULT_BOUND) the page says "Hơn 1.000 kết quả",
 * never a number it did not count.
 */
import type { SearchResult } from '../../../search/search.js';

/** "12 kết quả", or "Hơn 1.000 kết quả" when more match than were counted. */
export function resultCount(result: Pick<SearchResult, 'total' | 'totalCapped'>): string {
  const n = result.total.toLocaleString('vi-VN');
  return result.totalCapped ? `Hơn ${n} kết quả` : `${n} kết quả`;
}

export const searchCountVi = {
  found: (result: Pick<SearchResult, 'total' | 'totalCapped'>, query: string) => `Tìm thấy ${resultCount(result).replace(/^Hơn/, 'hơn')} cho “${query}”.`,
  documentTitle: (query: string, result: Pick<SearchResult, 'total' | 'totalCapped'>) => `Tìm kiếm: ${query} (${resultCount(result)})`,
};
