/**
 * Removing the demo system with topics in it, on both databases: the demo sites' own
 * topics and every membership of their articles go, the demo's system topic goes once
 * empty, and a system topic someone made stays (without the demo articles).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDemoSystem } from '../demo/demo-removal.service.js';
import { DEMO_TOPIC_SLUG } from '../demo/topics.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { insertTopic } from './topics.repo.js';

describe.each(TEST_DIALECTS)('topics when the demo is removed on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { articlesPerSite: 1 });
  });
  afterAll(() => t.close());

  it('takes the demo sites’ topics and memberships with them and keeps a system topic of the province’s own', async () => {
    const db = t.database.db.kysely;
    const camlo = await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow();
    const article = await db.selectFrom('articles').select('id').where('site_id', '=', camlo.id).executeTakeFirstOrThrow();
    const stamp = new Date().toISOString();
    const row = (siteId: number | null, slug: string) => ({ site_id: siteId, slug, title: slug, description: '', image_media_id: null, starts_on: null, ends_on: null, status: 'active' as const, created_by: null, created_at: stamp, updated_at: stamp });
    const own = await insertTopic(db, row(camlo.id, 'cua-cam-lo'));
    const kept = await insertTopic(db, row(null, 'chuyen-de-that'));
    for (const topic of [own, kept]) {
      await db.insertInto('topic_articles').values({ topic_id: topic.id, article_id: article.id, state: 'accepted', note: null, proposed_by: null, proposed_at: stamp, decided_by: null, decided_at: stamp }).execute();
    }
    expect((await db.selectFrom('topics').select('slug').where('slug', '=', DEMO_TOPIC_SLUG).execute()).length).toBe(1);

    await removeDemoSystem(db, { actorId: null, actorName: 'cli', ip: null });

    expect((await db.selectFrom('topics').select('slug').execute()).map((r) => r.slug)).toEqual(['chuyen-de-that']);
    expect(await db.selectFrom('topic_articles').select('id').execute()).toEqual([]);
  });
});
