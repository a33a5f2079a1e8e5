/** The sites a generate run adds: a root when there is none, a province's shape, nothing repeated. */
import { describe, expect, it } from 'vitest';
import { planSites, type ExistingSite } from './site-plan.js';

describe('planSites', () => {
  it('on an empty system makes the province root first, then districts, departments and communes under districts', () => {
    const plan = planSites([], 150, 1);
    expect(plan).toHaveLength(150);
    expect(plan[0]).toMatchObject({ kind: 'province', parent: null, slug: 'quangtri' });
    const kinds = (kind: string) => plan.filter((s) => s.kind === kind);
    expect(kinds('district').length).toBeGreaterThanOrEqual(10);
    expect(kinds('department').length).toBeGreaterThanOrEqual(10);
    expect(kinds('commune').length).toBeGreaterThan(100);
    const districts = new Set(kinds('district').map((s) => s.slug));
    for (const commune of kinds('commune')) expect(districts.has(commune.parent ?? '')).toBe(true);
    for (const s of plan.slice(1)) expect(plan.findIndex((p) => p.slug === s.parent)).toBeLessThan(plan.indexOf(s));
  });

  it('never repeats a slug or hostname, also against the sites already there, and keeps to the slug rule', () => {
    const existing: ExistingSite[] = [
      { slug: 'quangtri', kind: 'province', parentSlug: null, hostnames: ['quangtri.gov.vn'] },
      ...planSites([], 40, 1).slice(1).map((s) => ({ slug: s.slug, kind: s.kind, parentSlug: s.parent, hostnames: s.hostnames })),
    ];
    const plan = planSites(existing, 1200, 1);
    expect(plan).toHaveLength(1200 - existing.length);
    expect(plan.some((s) => s.parent === null)).toBe(false);
    const slugs = [...existing, ...plan].map((s) => s.slug);
    const hosts = [...existing, ...plan].flatMap((s) => s.hostnames);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9-]{2,50}$/);
  });

  it('is the same for the same seed, and adds nothing when there are enough sites', () => {
    expect(planSites([], 30, 5)).toEqual(planSites([], 30, 5));
    expect(planSites([{ slug: 'a1', kind: 'province', parentSlug: null, hostnames: [] }], 1, 5)).toEqual([]);
  });
});
