/**
 * demo:remove takes the demo sites' menus with them (their items point at the demo's
 * pages and categories, and at the sites themselves), on both databases.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeDemoSystem } from '../demo/demo-removal.service.js';
import { seedDemoSystem } from '../demo/seed.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { INTRODUCTION_SLUG } from '../urls/paths.js';
import { saveMenu } from './menu.service.js';

describe.each(TEST_DIALECTS)('demo:remove and site menus (%s)', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    await seedDemoSystem(t.db.kysely, { adminPassword: 'mat-khau-thu-nghiem-dai', now: new Date('2026-11-29T03:00:00Z'), articlesPerSite: 1 });
  });
  afterEach(() => t.drop());

  it('deletes the demo sites’ menu items with the sites', async () => {
    const db = t.db.kysely;
    const camlo = await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow();
    const intro = await db.selectFrom('pages').select('id').where('site_id', '=', camlo.id).where('slug', '=', INTRODUCTION_SLUG).executeTakeFirstOrThrow();
    const category = await db.selectFrom('categories').select('id').where('site_id', '=', camlo.id).orderBy('id').executeTakeFirstOrThrow();
    const actor = { userId: 1, isSystemAdmin: true, role: undefined };
    await saveMenu(db, { actor, actorName: 'cli', siteId: camlo.id }, {
      items: [{ label: 'Tin tức', target: { kind: 'category', categoryId: category.id }, children: [{ label: 'Giới thiệu', target: { kind: 'page', pageId: intro.id } }] }],
    });
    expect((await db.selectFrom('menu_items').select('id').execute()).length).toBe(2);

    const removed = await removeDemoSystem(db, { actorId: null, actorName: 'cli', ip: null });
    expect(removed.sites).toContain('camlo');
    expect(await db.selectFrom('menu_items').select('id').execute()).toEqual([]);
  });
});
