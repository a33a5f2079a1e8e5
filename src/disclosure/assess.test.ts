import { describe, expect, it } from 'vitest';
import { assessItem } from './assess.js';
import { DISCLOSURE_CATALOGUE, type DisclosureItem } from './catalogue.js';

const news: DisclosureItem = { id: 'tin-tuc', title: 'Tin tức', basis: 'Luật', probe: { source: 'articles' }, staleAfterDays: 30 };
const now = new Date('2026-12-05T03:00:00Z');
const evidence = (over: Partial<Parameters<typeof assessItem>[1]> = {}) => ({ count: 3, latest: '2026-12-01T00:00:00Z', href: '/tin-tuc', empty: false, ...over });

describe('assessing a disclosure item', () => {
  it('is published when the site holds it, recently', () => {
    expect(assessItem(news, evidence(), now).state).toBe('published');
  });
  it('is missing when nothing is published, even if the source is old or empty', () => {
    expect(assessItem(news, evidence({ count: 0, latest: null, href: null }), now).state).toBe('missing');
    expect(assessItem(news, evidence({ count: 0, empty: true }), now).state).toBe('missing');
  });
  it('is empty when published without content', () => {
    expect(assessItem(news, evidence({ empty: true }), now).state).toBe('empty');
  });
  it('is stale after its number of days without news, and never for an item without one', () => {
    expect(assessItem(news, evidence({ latest: '2026-11-05T02:00:00Z' }), now).state).toBe('stale');
    expect(assessItem(news, evidence({ latest: '2026-11-05T04:00:00Z' }), now).state).toBe('published');
    expect(assessItem({ ...news, staleAfterDays: undefined }, evidence({ latest: '2001-01-01T00:00:00Z' }), now).state).toBe('published');
  });
  it('has a catalogue with unique ids usable as anchors', () => {
    const ids = DISCLOSURE_CATALOGUE.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
