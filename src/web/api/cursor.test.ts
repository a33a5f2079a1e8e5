/** Cursors round-trip, and nothing else decodes: shape, calendar and range are all checked. */
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

const raw = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

describe('pagination cursors', () => {
  it('round-trips positions and pages', () => {
    const position = { kind: 'position', publishedAt: '2022-11-16T09:21:00.000Z', id: 42 } as const;
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
    expect(decodeCursor(encodeCursor({ kind: 'page', page: 3 }))).toEqual({ kind: 'page', page: 3 });
    expect(encodeCursor(position)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuses anything it did not make', () => {
    const bad = [
      '',
      '!!',
      'x'.repeat(300),
      raw(null),
      raw([]),
      raw('text'),
      raw({ v: 2, t: '2022-11-16T09:21:00.000Z', i: 1 }),
      raw({ v: 1, t: '2022-11-16T09:21:00.000Z', i: 0 }),
      raw({ v: 1, t: '2022-11-16T09:21:00.000Z', i: 2 ** 31 }),
      raw({ v: 1, t: '2022-11-16T09:21:00.000Z', i: 1.5 }),
      raw({ v: 1, t: '2022-11-16T09:21:00.000Z', i: '1' }),
      raw({ v: 1, t: '2022-13-45T99:99:99Z', i: 1 }),
      raw({ v: 1, t: '2022-02-30T00:00:00Z', i: 1 }),
      raw({ v: 1, t: '0001-01-01T00:00:00Z', i: 1 }),
      raw({ v: 1, t: "2022'; DROP TABLE articles; --", i: 1 }),
      raw({ v: 1, t: '2022-11-16T09:21:00.000Z', i: 1, extra: true }),
      raw({ v: 1, p: 1 }),
      raw({ v: 1, p: 1_000_000 }),
      raw({ v: 1, p: 2, t: '2022-11-16T09:21:00.000Z', i: 1 }),
      Buffer.from([0xff, 0xfe, 0x00]).toString('base64url'),
    ];
    for (const text of bad) expect(decodeCursor(text), text).toBeUndefined();
  });
});
