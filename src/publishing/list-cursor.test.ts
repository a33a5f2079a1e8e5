/** Keyset cursors of public lists: compact, read back exactly, and nothing else accepted. */
import { describe, expect, it } from 'vitest';
import { decodeListCursor, encodeListCursor, MAX_LIST_CURSOR_LENGTH } from './list-cursor.js';

describe('list cursors', () => {
  it('writes a position compactly and reads it back as stored', () => {
    expect(encodeListCursor({ publishedAt: '2026-12-05T03:15:00.000Z', id: 123 })).toBe('20261205T031500Z-123');
    expect(encodeListCursor({ publishedAt: '2026-12-05T03:15:00.250Z', id: 7 })).toBe('20261205T031500.250Z-7');
    for (const position of [
      { publishedAt: '2026-12-05T03:15:00.000Z', id: 123 },
      { publishedAt: '1999-01-31T23:59:59.999Z', id: 2_147_483_647 },
    ]) {
      expect(decodeListCursor(encodeListCursor(position))).toEqual(position);
    }
  });

  it('refuses anything that is not a real instant and a positive id', () => {
    const hostile = [
      '',
      '20261205T031500Z',
      '20261205T031500Z-0',
      '20261205T031500Z--1',
      '20261205T031500Z-01',
      '20261205T031500Z-2147483648',
      '20261205T031500Z-99999999999',
      '20260231T031500Z-1', // 31 February
      '20261205T251500Z-1',
      '00001205T031500Z-1',
      '20261205T031500.5Z-1',
      '2026-12-05T03:15:00Z-1',
      '20261205T031500Z-1 ',
      '20261205T031500Z-1\n',
      '20261205t031500z-1',
      '２０２６1205T031500Z-1',
      "20261205T031500Z-1' OR 1=1 --",
      `20261205T031500Z-${'9'.repeat(MAX_LIST_CURSOR_LENGTH)}`,
      'eyJ2IjoxLCJ0IjoiMjAyNi0xMi0wNVQwMzoxNTowMC4wMDBaIiwiaSI6MX0',
    ];
    for (const text of hostile) expect(decodeListCursor(text), text).toBeUndefined();
  });
});
