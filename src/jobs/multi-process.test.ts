/**
 * Exactly once across processes: two `govportal serve` processes on one PostgreSQL
 * database both poll the jobs table; twenty articles scheduled a few seconds ahead
 * are each published once (one audit entry, one done job, one claim).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemoSystem } from '../demo/seed.js';
import { createDraft } from '../editorial/editing.js';
import { SCHEDULER_NAME, transitionArticle } from '../editorial/transitions.js';
import { createTestUser } from '../test-support/auth.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../test-support/databases.js';
import { TEST_NOW } from '../test-support/test-app.js';

const MAIN = path.join(import.meta.dirname, '..', 'main.ts');
const ARTICLES = 20;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function healthy(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    return res.status === 200;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!postgresAvailable)('scheduled publish with two server processes on PostgreSQL', () => {
  const children: ChildProcess[] = [];
  const dataDirs: string[] = [];
  let database: TestDatabase | undefined;

  afterAll(async () => {
    for (const child of children) {
      if (child.exitCode === null && child.pid !== undefined) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
    }
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
    await database?.drop();
  });

  it('publishes each of twenty scheduled articles exactly once', async () => {
    database = await createTestDatabase('postgres');
    const db = database.db.kysely;
    if (database.target.kind !== 'postgres') throw new Error('expected PostgreSQL');
    await seedDemoSystem(db, { adminPassword: 'mat-khau-thu-nghiem-dai', now: TEST_NOW, articlesPerSite: 1 });
    const site = await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow();
    const category = await db.selectFrom('categories').select('id').where('site_id', '=', site.id).orderBy('id').executeTakeFirstOrThrow();
    const userId = await createTestUser(db, 'duyet-hai-tien-trinh', [{ siteId: site.id, role: 'approver' }]);
    const ctx = { actor: { userId, isSystemAdmin: false, role: 'approver' as const }, actorName: 'duyet', siteId: site.id };

    const ids: number[] = [];
    for (let i = 0; i < ARTICLES; i += 1) {
      const draft = await createDraft(db, ctx, { title: `Bài hẹn giờ số ${i + 1}`, lead: '', bodyHtml: '<p>Nội dung</p>', categoryId: category.id });
      await transitionArticle(db, ctx, draft.id, { transition: 'submit' });
      await transitionArticle(db, ctx, draft.id, { transition: 'approve' });
      ids.push(draft.id);
    }

    const ports = [await freePort(), await freePort()];
    for (const port of ports) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-two-'));
      dataDirs.push(dataDir);
      const env = { ...process.env, DATABASE_URL: database.target.url, DEMO_SEED: 'never', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'test' };
      const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
      children.push(child);
    }
    const deadline = Date.now() + 90_000;
    while (!(await healthy(ports[0] ?? 0)) || !(await healthy(ports[1] ?? 0))) {
      if (Date.now() > deadline) throw new Error('servers did not start');
      await sleep(250);
    }

    const at = new Date(Date.now() + 3000).toISOString();
    for (const id of ids) await transitionArticle(db, ctx, id, { transition: 'schedule', at });

    const published = async () =>
      (await db.selectFrom('articles').select('id').where('id', 'in', ids).where('status', '=', 'published').execute()).length;
    const until = Date.now() + 30_000;
    while ((await published()) < ARTICLES && Date.now() < until) await sleep(200);
    expect(await published()).toBe(ARTICLES);

    const jobs = await db.selectFrom('jobs').selectAll().where('article_id', 'in', ids).execute();
    expect(jobs).toHaveLength(ARTICLES);
    expect(jobs.every((j) => j.status === 'done' && j.attempts === 1 && j.locked_by !== null)).toBe(true);
    const audits = await db
      .selectFrom('audit_log')
      .select(['object_id', 'actor_name'])
      .where('action', '=', 'workflow_publish')
      .where('object_id', 'in', ids.map(String))
      .execute();
    expect(audits).toHaveLength(ARTICLES);
    expect(new Set(audits.map((a) => a.object_id)).size).toBe(ARTICLES);
    expect(audits.every((a) => a.actor_name === SCHEDULER_NAME)).toBe(true);
    // Both processes were polling; which one won each job is up to them.
    console.info(`jobs run by: ${[...new Set(jobs.map((j) => j.locked_by))].join(', ')}`);
  }, 180_000);
});
