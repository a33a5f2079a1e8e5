/**
 * A `serve` process killed with SIGKILL in the middle of saves, publishes and schedules,
 * on PostgreSQL: after a restart every article is whole — its revision number equals its
 * number of revision rows, numbered without a gap; every save the process acknowledged is
 * there with its text; each publish is recorded once, with its audit entry; and a
 * schedule whose time came while the process was dead is run once by the next one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoSystem } from '../demo/seed.js';
import { createTestUser, TEST_PASSWORD } from '../test-support/auth.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../test-support/databases.js';
import { startServe, type ServeProcess } from '../test-support/serve-process.js';

const ARTICLES = 6;

describe.skipIf(!postgresAvailable)('SIGKILL in the middle of editorial writes', () => {
  let database: TestDatabase;
  let dataDir: string;
  const started: ServeProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    await seedDemoSystem(database.db.kysely, { adminPassword: 'mat-khau-thu-nghiem-dai', articlesPerSite: 1 });
    await createTestUser(database.db.kysely, 'qtht', [], { isSystemAdmin: true });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-kill-'));
  }, 30_000);

  afterAll(async () => {
    for (const p of started) await p.stop();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 20_000);

  async function serve(): Promise<ServeProcess> {
    if (database.target.kind !== 'postgres') throw new Error('PostgreSQL expected');
    const p = await startServe({ DATABASE_URL: database.target.url, DATA_DIR: dataDir, DEMO_SEED: 'never', NODE_ENV: 'development', LOG_LEVEL: 'warn' });
    started.push(p);
    await p.ready();
    return p;
  }

  it('leaves every article whole, every acknowledged save kept, each publish once, and a due schedule run once', async () => {
    const first = await serve();
    const origin = `http://127.0.0.1:${first.port}`;
    const login = await fetch(`${origin}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'qtht', password: TEST_PASSWORD }) });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';', 1)[0] ?? '').find((c) => c.startsWith('gp_session=')) ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const category = await database.db.kysely.selectFrom('categories').innerJoin('sites', 'sites.id', 'categories.site_id').select('categories.id').where('sites.slug', '=', 'quangtri').orderBy('categories.id').executeTakeFirstOrThrow();
    const api = (method: string, url: string, body?: object) => fetch(`${origin}/api/v1/admin/sites/quangtri${url}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const input = (title: string) => ({ title, lead: 'Sapo.', bodyHtml: `<p>${title}</p>`, categoryId: category.id });

    // Articles ready to go: half to be published by a person, half scheduled for a time
    // that comes while the process is dead.
    const ids: number[] = [];
    for (let i = 0; i < ARTICLES; i++) {
      const created = await api('POST', '/articles', input(`Bài ${i} bản 1`));
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: number };
      for (const transition of ['submit', 'approve']) expect((await api('POST', `/articles/${id}/transitions`, { transition })).status).toBe(200);
      ids.push(id);
    }
    const scheduled = ids.slice(ARTICLES / 2);
    const dueAt = new Date(Date.now() + 2_500).toISOString();
    for (const id of scheduled) expect((await api('POST', `/articles/${id}/transitions`, { transition: 'schedule', at: dueAt })).status).toBe(200);
    const published = ids.slice(0, ARTICLES / 2);

    // Saves and publishes in flight, without waiting for one another, until the kill.
    const acknowledged = new Map<number, { revision: number; title: string }>();
    let killed = false;
    const saver = async (id: number) => {
      let revision = 1;
      for (let n = 2; !killed; n++) {
        const title = `Bài ${id} bản ${n}`;
        const res = await api('PUT', `/articles/${id}`, { ...input(title), baseRevision: revision }).catch(() => undefined);
        if (res === undefined) break; // the process is gone
        if (res.status === 200) {
          revision = ((await res.json()) as { revision: number }).revision;
          acknowledged.set(id, { revision, title });
        } else {
          // A publish in between moved the article on: read where it stands and go on.
          const current = await api('GET', `/articles/${id}`).catch(() => undefined);
          if (current?.status !== 200) break;
          revision = ((await current.json()) as { revision: number }).revision;
        }
      }
    };
    const publisher = async (id: number) => {
      const res = await api('POST', `/articles/${id}/transitions`, { transition: 'publish' }).catch(() => undefined);
      return res?.status;
    };
    const work = [...published.map(saver), ...published.map(publisher)];
    await new Promise((resolve) => setTimeout(resolve, 800));
    killed = true;
    first.child.kill('SIGKILL');
    await Promise.allSettled(work);
    expect(acknowledged.size).toBe(published.length);

    // The schedule's time passes while nothing runs; the next process catches up.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(dueAt) - Date.now())));
    await serve();
    const deadline = Date.now() + 15_000;
    const db = database.db.kysely;
    while (Date.now() < deadline) {
      const pending = await db.selectFrom('jobs').select('id').where('status', '=', 'pending').where('article_id', 'in', scheduled).execute();
      if (pending.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    for (const id of ids) {
      const article = await db.selectFrom('articles').select(['revision', 'title', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
      const numbers = (await db.selectFrom('article_revisions').select('number').where('article_id', '=', id).orderBy('number').execute()).map((r) => r.number);
      // Whole: one revision row per revision number, no gap, none beyond the article's.
      expect(numbers).toEqual(Array.from({ length: article.revision }, (_, i) => i + 1));
      const saved = acknowledged.get(id);
      if (saved !== undefined) {
        expect(article.revision).toBeGreaterThanOrEqual(saved.revision);
        const kept = await db.selectFrom('article_revisions').select('snapshot').where('article_id', '=', id).where('number', '=', saved.revision).executeTakeFirstOrThrow();
        expect((JSON.parse(kept.snapshot) as { title: string }).title).toBe(saved.title);
      }
      const publishes = await db.selectFrom('audit_log').select('id').where('object_type', '=', 'article').where('object_id', '=', String(id)).where('action', '=', 'workflow_publish').execute();
      if (article.status === 'published') expect(publishes.length).toBe(1);
      else expect(publishes.length).toBe(0);
    }
    for (const id of scheduled) {
      const article = await db.selectFrom('articles').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      expect(article.status).toBe('published');
      const jobs = await db.selectFrom('jobs').select(['status']).where('article_id', '=', id).where('kind', '=', 'publish').execute();
      expect(jobs.map((j) => j.status)).toEqual(['done']);
    }
  }, 90_000);
});
