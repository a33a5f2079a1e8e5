/**
 * demo:remove on SQLite and PostgreSQL: over a seeded demo system with a real site of
 * the province beside it (its own category, article, picture), the command removes
 * every demo site and every row hanging off one — in every table with a site or an
 * article — and the demo's media files, keeps the real site, its article and file and
 * every account, and audits it. It asks on a terminal, needs --yes elsewhere, and is
 * refused while a real site has a demo site as its parent.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { grantRole } from '../accounts/index.js';
import { createArticle } from '../articles/articles.service.js';
import { insertCategory } from '../categories/index.js';
import type { Database } from '../db/schema.js';
import { demoSiteSlugs } from '../demo/demo-removal.service.js';
import { seedDemoSystem } from '../demo/seed.js';
import { createSite, insertSite } from '../sites/index.js';
import { createTestUser } from '../test-support/auth.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { CliError } from './cli-error.js';
import { runDemoRemove } from './demo-commands.js';

const NOW = new Date('2026-11-29T03:00:00Z');
const stamp = NOW.toISOString();

/** A media row of a site, with its file (and one variant) on disk. */
async function picture(db: Kysely<Database>, mediaDir: string, siteId: number, key: string): Promise<number> {
  for (const k of [key, `${key}-480.webp`]) {
    fs.mkdirSync(path.dirname(path.join(mediaDir, k)), { recursive: true });
    fs.writeFileSync(path.join(mediaDir, k), 'x');
  }
  const row = await db
    .insertInto('media')
    .values({
      site_id: siteId, kind: 'image', storage_key: key, original_name: 'anh.jpg', mime_type: 'image/jpeg', byte_size: 1, width: 10, height: 10,
      alt_text: null, caption: null, created_at: stamp, uploaded_by: null,
      variants: JSON.stringify([{ width: 480, format: 'webp', storage_key: `${key}-480.webp`, byte_size: 1 }]),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe.each(TEST_DIALECTS)('govportal demo:remove (%s)', (dialect) => {
  let t: TestDatabase;
  let mediaDir = '';
  let printed = '';
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-demo-remove-'));
    printed = '';
    await seedDemoSystem(t.db.kysely, { adminPassword: 'mat-khau-thu-nghiem-dai', now: NOW, articlesPerSite: 2 });
  });
  afterEach(async () => {
    await t.drop();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  });
  const db = () => t.db.kysely;
  const run = (args: string[], ask?: (q: string) => Promise<string>) =>
    runDemoRemove(args, { db: db(), mediaDir, out: (text) => (printed += text), ask });

  it('removes every demo row and file, keeps the real site, its content and every account, and audits it', async () => {
    // The province's own site, outside the demo tree (the demo holds the one root), with content.
    const real = await insertSite(db(), {
      slug: 'tinh-that', kind: 'province', parent_id: null, name: 'Cổng thông tin điện tử tỉnh (thật)', short_name: 'Tỉnh', hostnames: '["tinh.gov.vn"]', contact: '{}',
      responsible_agency: null, responsible_person: null, logo_path: null, theme_color: '#0b4f8a', public_service_url: null, status: 'active',
      successor_site_id: null, sort_order: 99, created_at: stamp, updated_at: stamp,
    });
    const realCategory = await insertCategory(db(), { site_id: real.id, parent_id: null, slug: 'tin-tuc', name: 'Tin tức', description: null, menu_order: 1, in_menu: 1, created_at: stamp, updated_at: stamp });
    const realArticle = await createArticle(db(), { siteId: real.id, categoryId: realCategory.id, title: 'Bài thật của tỉnh', lead: '', bodyHtml: '<p>Giữ lại.</p>', status: 'published', publishedAt: stamp }, NOW);
    const realPicture = await picture(db(), mediaDir, real.id, '2026/11/that.jpg');

    // Demo content of every kind: a picture, an attachment, a job, a redirect, a role, a relation to the real article.
    const camlo = await db().selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow();
    const demoArticle = await db().selectFrom('articles').select('id').where('site_id', '=', camlo.id).executeTakeFirstOrThrow();
    const demoPicture = await picture(db(), mediaDir, camlo.id, '2026/11/mau.jpg');
    await db().insertInto('article_attachments').values({ article_id: realArticle.id, media_id: demoPicture, position: 0 }).execute();
    await db().insertInto('article_relations').values({ article_id: realArticle.id, related_article_id: demoArticle.id, position: 0 }).execute();
    await db().insertInto('jobs').values({ kind: 'unpublish', article_id: demoArticle.id, run_at: stamp, status: 'pending', locked_by: null, locked_at: null, done_at: null, last_error: null, created_by: null }).execute();
    await db().insertInto('redirects').values({ site_id: camlo.id, from_path: '/cu', article_id: demoArticle.id, category_id: null, page_id: null, to_path: null }).execute();
    const lan = await createTestUser(db(), 'lan', [{ siteId: camlo.id, role: 'editor' }]);
    await grantRole(db(), lan, real.id, 'approver', null);

    const demoIds = (await db().selectFrom('sites').select('id').where('slug', 'in', demoSiteSlugs()).execute()).map((s) => s.id);
    const demoArticles = (await db().selectFrom('articles').select('id').where('site_id', 'in', demoIds).execute()).map((a) => a.id);
    expect(demoIds.length).toBe(demoSiteSlugs().length);
    expect(demoArticles.length).toBeGreaterThan(demoIds.length);

    expect(await run(['--yes'])).toBe(0);
    expect(printed).toContain(`Đã xóa hệ thống mẫu: ${demoIds.length} cổng`);

    for (const table of ['categories', 'articles', 'tags', 'pages', 'media', 'redirects', 'site_roles', 'search_documents'] as const) {
      expect(await db().selectFrom(table).select('site_id').where('site_id', 'in', demoIds).execute(), table).toEqual([]);
    }
    for (const table of ['article_categories', 'article_tags', 'article_attachments', 'article_relations', 'article_revisions', 'article_authors', 'jobs'] as const) {
      expect(await db().selectFrom(table).select('article_id').where('article_id', 'in', demoArticles).execute(), table).toEqual([]);
    }
    expect(await db().selectFrom('article_relations').selectAll().where('related_article_id', 'in', demoArticles).execute()).toEqual([]);
    expect(await db().selectFrom('article_attachments').selectAll().where('media_id', '=', demoPicture).execute()).toEqual([]);
    expect((await db().selectFrom('sites').select('slug').execute()).map((s) => s.slug)).toEqual(['tinh-that']);

    // The real site keeps everything, and is still found by search.
    const kept = await db().selectFrom('articles').selectAll().where('id', '=', realArticle.id).executeTakeFirstOrThrow();
    expect(kept).toMatchObject({ title: 'Bài thật của tỉnh', site_id: real.id, category_id: realCategory.id });
    expect(await db().selectFrom('search_documents').select('ref_id').where('site_id', '=', real.id).execute()).toEqual([{ ref_id: realArticle.id }]);
    expect(await db().selectFrom('media').select('id').execute()).toEqual([{ id: realPicture }]);
    expect(fs.existsSync(path.join(mediaDir, '2026/11/that.jpg'))).toBe(true);
    expect(fs.existsSync(path.join(mediaDir, '2026/11/mau.jpg'))).toBe(false);
    expect(fs.existsSync(path.join(mediaDir, '2026/11/mau.jpg-480.webp'))).toBe(false);
    expect((await db().selectFrom('users').select('username').orderBy('username').execute()).map((u) => u.username)).toEqual(['admin', 'lan']);
    expect(await db().selectFrom('site_roles').select(['site_id', 'role']).execute()).toEqual([{ site_id: real.id, role: 'approver' }]);

    const audit = await db().selectFrom('audit_log').selectAll().where('action', '=', 'demo_removed').execute();
    expect(audit.map((a) => a.actor_name)).toEqual(['cli']);
    expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({ sites: expect.arrayContaining(['quangtri', 'camlo']) as unknown, articles: demoArticles.length });

    printed = '';
    expect(await run(['--yes'])).toBe(0);
    expect(printed).toContain('không có gì để xóa');
  });

  it('asks on a terminal, needs --yes without one, and is refused while a real site hangs off a demo site', async () => {
    const sites = async () => (await db().selectFrom('sites').select('id').execute()).length;
    const before = await sites();
    const questions: string[] = [];
    expect(await run([], (q) => (questions.push(q), Promise.resolve('khong')))).toBe(1);
    expect(questions[0]).toMatch(/^Xóa toàn bộ hệ thống mẫu .*Gõ 'co' để xác nhận: $/);
    expect(printed).toContain('Đã hủy');
    await expect(run([])).rejects.toThrow(CliError);
    await expect(run([])).rejects.toThrow('--yes');
    await expect(run(['--force'])).rejects.toThrow('Tùy chọn không hợp lệ');
    expect(await sites()).toBe(before);

    await createSite(db(), { slug: 'xa-that', name: 'Xã thật', shortName: '', kind: 'commune', parent: 'camlo', hostnames: [], contact: { address: '', email: '', phone: '', footer: '' }, responsibleAgency: null, responsiblePerson: null, themeColor: '#0b4f8a' }, { actorId: null, actorName: 'cli', ip: null, isSystemAdmin: true });
    await expect(run(['--yes'])).rejects.toThrow('cổng "Xã thật" (xa-that) đang thuộc (hoặc kế thừa) một cổng mẫu');
    expect(await sites()).toBe(before + 1);

    await expect(run([], () => Promise.resolve(' CO '))).rejects.toThrow('Xã thật'); // confirmed, and still refused
  }, 60_000);
});
