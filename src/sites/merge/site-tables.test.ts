/**
 * The merge handles every table that belongs to a site: the tables with a site_id
 * column in the expected schema are exactly those merge-plan.ts names (a new one fails
 * here until the merge decides what to do with it). And the slug rule for collisions.
 */
import { describe, expect, it } from 'vitest';
import { EXPECTED_SCHEMA } from '../../db/expected-schema.js';
import { MERGE_PLAN, takeSlug } from './merge-plan.js';

describe('the merge plan', () => {
  it('names every table with a site_id (or …_site_id) column, and no other', () => {
    const namesSite = (column: string) => column === 'site_id' || column.endsWith('_site_id');
    const withSiteId = Object.entries(EXPECTED_SCHEMA).filter(([table, columns]) => table !== 'sites' && Object.keys(columns).some(namesSite)).map(([table]) => table).sort();
    expect(withSiteId.length).toBeGreaterThan(10);
    expect(Object.keys(MERGE_PLAN).sort()).toEqual(withSiteId);
  });

  it('gives a taken slug the first free -2, -3 … suffix, within the slug length, and takes it', () => {
    const taken = new Set(['gioi-thieu', 'gioi-thieu-2']);
    expect(takeSlug('gioi-thieu', taken)).toBe('gioi-thieu-3');
    expect(takeSlug('gioi-thieu', taken)).toBe('gioi-thieu-4');
    expect(takeSlug('lien-he', taken)).toBe('lien-he');
    expect(taken.has('lien-he')).toBe(true);
    const long = `${'a'.repeat(118)}-b`;
    const set = new Set([long]);
    const next = takeSlug(long, set);
    expect(next.length).toBeLessThanOrEqual(120);
    expect(next.endsWith('-2')).toBe(true);
    expect(next).not.toContain('--');
  });
});
