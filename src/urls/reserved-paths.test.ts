import { describe, expect, it } from 'vitest';
import { RESERVED_PATH_SEGMENTS } from './paths.js';
import { RESERVED_PATH_SERVICES, reservedPathClash } from './reserved-paths.js';

describe('reserved path segments', () => {
  it('names the service behind every reserved segment, and nothing else', () => {
    expect(Object.keys(RESERVED_PATH_SERVICES).sort()).toEqual([...RESERVED_PATH_SEGMENTS].sort());
  });

  it('words the clash with the service it names', () => {
    expect(reservedPathClash('van-ban')).toBe('Đường dẫn "van-ban" trùng với đường dẫn dịch vụ của cổng (Văn bản); hãy chọn đường dẫn khác.');
    expect(reservedPathClash('lich-cong-tac')).toContain('(Lịch công tác)');
    expect(reservedPathClash('en')).toContain('(Trang tiếng Anh)');
    expect(reservedPathClash('van-ban-moi')).toBeUndefined();
  });
});
