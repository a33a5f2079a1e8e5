/**
 * Exactly once across processes: `govportal serve` processes on one PostgreSQL
 * database all poll the jobs table. Twenty articles scheduled a few seconds ahead are
 * each published once (one audit entry, one done job, one claim); and when one of two
 * processes is killed (SIGKILL) in the middle of a burst of three hundred, the other
 * takes over the job it held within seconds, still publishing each article once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/schema.js';
import { seedDemoSystem } from '../demo/seed.js';
import { createDraft } from '../editorial/editing.js';
import { SCHEDULER_NAME, transitionArticle } from '../editorial/transitions.js';
import { createTestUser } from '../test-support/auth.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../test-support/databases.js';
import { TEST_NOW } from '../test-support/test-app.js';

const MAIN = path.join(import.meta.dirname, '..', 'main.ts');

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

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

describe.skipIf(!postgresAvailable)('scheduled publish with two server processes on PostgreSQL', () => {
  const children: ChildProcess[] = [];
  const dataDirs: string[] = [];
  let database: TestDatabase | undefined;

  afterEach(async () => {
    for (const child of children.splice(0)) {
      if (alive(child)) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    }
    for (const dir of dataDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    await database?.drop();
    database = undefined;
  });

  /** A seeded database with an approver on Cam Lộ. */
  async function prepare() {
    database = await createTestDatabase('postgres');
    const db = database.db.kysely;
    if (database.target.kind !== 'postgres') throw new Error('expected PostgreSQL');
    await seedDemoSystem(db, { adminPassword: 'mat-khau-thu-nghiem-dai', now: TEST_NOW, articlesPerSite: 1 });
    const site = await db.selectFrom('sites').select('id').where('slug', '=', 'camlo').executeTakeFirstOrThrow();
    const category = await db.selectFrom('categories').select('id').where('site_id', '=', site.id).orderBy('id').executeTakeFirstOrThrow();
    const userId = await createTestUser(db, 'duyet-hai-tien-trinh', [{ siteId: site.id, role: 'approver' }]);
    return { db, url: database.target.url, siteId: site.id, categoryId: category.id, userId };
  }

  /** Two `serve` processes on the database, each naming its connections (application_name) after itself. */
  async function startServers(url: string, names: string[]): Promise<ChildProcess[]> {
    const ports: number[] = [];
    const started: ChildProcess[] = [];
    for (const name of names) {
      const port = await freePort();
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-two-'));
      dataDirs.push(dataDir);
      const env = { ...process.env, DATABASE_URL: `${url}?application_name=${name}`, DEMO_SEED: 'never', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'test' };
      const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
      children.push(child);
      started.push(child);
      ports.push(port);
    }
    const deadline = Date.now() + 90_000;
    for (const port of ports) {
      while (!(await healthy(port))) {
        if (Date.now() > deadline) throw new Error('servers did not start');
        await sleep(250);
      }
    }
    return started;
  }

  async function publishAudits(db: Kysely<Database>, ids: number[]) {
    return db.selectFrom('audit_log').select(['object_id', 'actor_name', 'at']).where('action', '=', 'workflow_publish').where('object_id', 'in', ids.map(String)).execute();
  }

  it('publishes each of twenty scheduled articles exactly once', async () => {
    const { db, url, siteId, categoryId, userId } = await prepare();
    const ctx = { actor: { userId, isSystemAdmin: false, role: 'approver' as const }, actorName: 'duyet', siteId };
    const ids: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const draft = await createDraft(db, ctx, { title: `Bài hẹn giờ số ${i + 1}`, lead: '', bodyHtml: '<p>Nội dung</p>', categoryId });
      await transitionArticle(db, ctx, draft.id, { transition: 'submit' });
      await transitionArticle(db, ctx, draft.id, { transition: 'approve' });
      ids.push(draft.id);
    }
    await startServers(url, ['govportal-a', 'govportal-b']);

    const at = new Date(Date.now() + 3000).toISOString();
    for (const id of ids) await transitionArticle(db, ctx, id, { transition: 'schedule', at });

    const published = async () =>
      (await db.selectFrom('articles').select('id').where('id', 'in', ids).where('status', '=', 'published').execute()).length;
    const until = Date.now() + 30_000;
    while ((await published()) < ids.length && Date.now() < until) await sleep(200);
    expect(await published()).toBe(ids.length);

    const jobs = await db.selectFrom('jobs').selectAll().where('article_id', 'in', ids).execute();
    expect(jobs).toHaveLength(ids.length);
    expect(jobs.every((j) => j.status === 'done' && j.attempts === 1 && j.locked_by !== null)).toBe(true);
    const audits = await publishAudits(db, ids);
    expect(audits).toHaveLength(ids.length);
    expect(new Set(audits.map((a) => a.object_id)).size).toBe(ids.length);
    expect(audits.every((a) => a.actor_name === SCHEDULER_NAME)).toBe(true);
    // Both processes were polling; which one won each job is up to them.
    console.info(`jobs run by: ${[...new Set(jobs.map((j) => j.locked_by))].join(', ')}`);
  }, 180_000);

  it('survives a SIGKILL of one process mid-burst: 300 articles each published once, none more than a few seconds late', async () => {
    const BURST = 300;
    const { db, url, siteId, categoryId, userId } = await prepare();
    const [, victim] = await startServers(url, ['govportal-a', 'govportal-b']);
    if (victim?.pid === undefined) throw new Error('no second process');
    const victimWorker = `${os.hostname()}:${victim.pid}`;

    // Articles and their jobs written directly, as the schedule transition leaves them, all due the same second.
    const stamp = new Date().toISOString();
    const rows = Array.from({ length: BURST }, (_, i) => ({
      site_id: siteId, category_id: categoryId, slug: `bai-hen-gio-dong-loat-${i + 1}`, title: `Bài hẹn giờ đồng loạt số ${i + 1}`,
      lead: '', body_html: '<p>Nội dung</p>', featured_image_id: null, featured_image_caption: null, author_name: null, source: null,
      status: 'scheduled' as const, withdrawn_note: null, featured: 0, published_at: null, created_at: stamp, updated_at: stamp,
      created_by: userId, approved_by: userId, return_note: null, scheduled_at: stamp, unpublish_at: null, genre: null, royalty_coefficient: null,
    }));
    const ids = (await db.insertInto('articles').values(rows).returning('id').execute()).map((r) => r.id);
    const at = new Date(Date.now() + 2000).toISOString();
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('articles').set({ scheduled_at: at }).where('id', 'in', ids).execute();
      await trx
        .insertInto('jobs')
        .values(ids.map((id) => ({ kind: 'publish' as const, article_id: id, run_at: at, status: 'pending' as const, created_by: userId, created_at: stamp })))
        .execute();
    });

    // Kill the second process once it has published some and is holding a claimed job: its
    // connection has written in a transaction still open (a claim is the first write).
    const doneBy = async (worker: string) =>
      Number((await db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('locked_by', '=', worker).where('status', '=', 'done').executeTakeFirstOrThrow()).n);
    const holding = async () =>
      (await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where application_name = 'govportal-b' and backend_xid is not null`.execute(db)).rows[0]?.n ?? 0;
    const deadline = Date.parse(at) + 20_000;
    let killedHolding = false;
    while (Date.now() < deadline) {
      if ((await doneBy(victimWorker)) >= 30 && (await holding()) > 0) {
        killedHolding = true;
        break;
      }
      await sleep(5);
    }
    victim.kill('SIGKILL');
    const killedAt = Date.now();
    const doneByVictim = await doneBy(victimWorker);
    expect(killedHolding).toBe(true);

    const published = async () =>
      Number((await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('id', 'in', ids).where('status', '=', 'published').executeTakeFirstOrThrow()).n);
    const until = Date.now() + 60_000;
    while ((await published()) < BURST && Date.now() < until) await sleep(100);
    expect(await published()).toBe(BURST);

    const jobs = await db.selectFrom('jobs').selectAll().where('article_id', 'in', ids).execute();
    expect(jobs).toHaveLength(BURST);
    // attempts 1: the killed process's claim was rolled back with its connection, not run twice.
    expect(jobs.filter((j) => j.status !== 'done' || j.attempts !== 1)).toEqual([]);
    const audits = await publishAudits(db, ids);
    expect(audits).toHaveLength(BURST);
    expect(new Set(audits.map((a) => a.object_id)).size).toBe(BURST);
    const articles = await db.selectFrom('articles').select(['id', 'published_at']).where('id', 'in', ids).execute();
    const lateness = articles.map((a) => Date.parse(a.published_at ?? '') - Date.parse(at));
    const latest = Math.max(...lateness);
    console.info(
      `SIGKILL ${killedAt - Date.parse(at)} ms after the due time, holding a job, after ${doneByVictim} of ${BURST} done by it; ` +
        `latest publish ${latest} ms after its time (median ${lateness.sort((x, y) => x - y)[BURST >> 1]} ms)`,
    );
    expect(latest).toBeLessThan(5000);
  }, 180_000);
});
