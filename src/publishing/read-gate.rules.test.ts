/**
 * The read gate's rule as a pure function, state by state and around the publication
 * instant. The SQL form is proved against both databases in read-gate.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { hasPublicUrl, isPublic, publicViewOf, type PublicView } from './read-gate.js';

const NOW = new Date('2026-03-10T08:00:00.000Z');
const PAST = '2026-03-10T07:59:59.999Z';
const FUTURE = '2026-03-10T08:00:00.001Z';

const CASES: { status: string; published_at: string | null; view: PublicView; url: boolean }[] = [
  { status: 'published', published_at: PAST, view: 'shown', url: true },
  { status: 'published', published_at: NOW.toISOString(), view: 'shown', url: true },
  { status: 'published', published_at: FUTURE, view: 'hidden', url: false },
  { status: 'published', published_at: null, view: 'hidden', url: false },
  { status: 'draft', published_at: null, view: 'hidden', url: false },
  { status: 'submitted', published_at: null, view: 'hidden', url: false },
  { status: 'returned', published_at: null, view: 'hidden', url: false },
  { status: 'approved', published_at: PAST, view: 'hidden', url: false },
  { status: 'scheduled', published_at: FUTURE, view: 'hidden', url: false },
  { status: 'unpublished', published_at: PAST, view: 'gone', url: false },
  { status: 'withdrawn', published_at: PAST, view: 'withdrawn', url: true },
];

describe('the read gate rule', () => {
  it.each(CASES)('$status published at $published_at: $view', ({ status, published_at, view, url }) => {
    const row = { status, published_at };
    expect(publicViewOf(row, NOW)).toBe(view);
    expect(isPublic(row, NOW)).toBe(view === 'shown');
    expect(hasPublicUrl(row, NOW)).toBe(url);
  });

  it('reads a stored instant with an offset as the same moment', () => {
    // PostgreSQL hands back timestamptz text with an offset; the instant is what counts.
    expect(isPublic({ status: 'published', published_at: '2026-03-10T14:59:59+07:00' }, NOW)).toBe(true);
    expect(isPublic({ status: 'published', published_at: '2026-03-10T15:00:01+07:00' }, NOW)).toBe(false);
  });
});
