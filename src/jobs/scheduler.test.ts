/**
 * Scheduled publish and unpublish: on time, after a restart, once with competing
 * schedulers, failures kept visible (failed + audited + on the approvers' dashboard).
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { revokeRole } from '../accounts/index.js';
import { listAudit } from '../audit/audit.js';
import { createTestUser } from '../test-support/auth.js';
import { TEST_DIALECTS } from '../test-support/databases.js';
import { editorialFixture, type EditorialFixture } from '../web/admin/articles/test-fixture.js';
import { SCHEDULER_NAME, transitionArticle } from '../editorial/transitions.js';
import { createJobScheduler, type JobScheduler } from './scheduler.js';
import { stringContaining } from '../test-support/matchers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(100);
  }
  return check();
}

describe.each(TEST_DIALECTS)('scheduled jobs on %s', (dialect) => {
  let f: EditorialFixture;
  let base: string;
  const schedulers: JobScheduler[] = [];
  const scheduler = (workerId: string) => {
    const s = createJobScheduler(f.t.database.db, f.t.services.events, { intervalMs: 200, workerId });
    schedulers.push(s);
    return s;
  };
  const statusOf = async (id: number) => (await f.db.selectFrom('articles').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  const schedule = (id: number, at: Date, extra: object = {}) =>
    f.call('POST', `${base}/articles/${id}/transitions`, 'approver', { transition: 'schedule', at: at.toISOString(), ...extra });

  beforeAll(async () => {
    f = await editorialFixture(dialect);
    base = `/api/v1/admin/sites/${f.siteA.slug}`;
  });
  // A scheduler left polling would take the next test's jobs.
  afterEach(async () => {
    for (const s of schedulers.splice(0)) await s.stop();
  });
  afterAll(() => f.t.close());

  it('publishes a scheduled article within a few seconds of its time, once, audited', async () => {
    const article = await f.article(f.siteA, 'writer', 'approved');
    const res = await schedule(article.id, new Date(Date.now() + 1500));
    expect(res.json()).toMatchObject({ status: 'scheduled', allowedTransitions: [expect.objectContaining({ transition: 'unschedule' })] });
    scheduler('a').start();
    expect(await waitFor(async () => (await statusOf(article.id)) === 'published', 6000)).toBe(true);
    const row = await f.db.selectFrom('articles').select(['published_at', 'scheduled_at']).where('id', '=', article.id).executeTakeFirstOrThrow();
    expect(row.published_at).not.toBeNull();
    const jobs = await f.db.selectFrom('jobs').selectAll().where('article_id', '=', article.id).execute();
    expect(jobs).toEqual([expect.objectContaining({ status: 'done', attempts: 1, locked_by: 'a' })]);
    const audit = await listAudit(f.db, { action: 'workflow_publish', objectId: String(article.id), limit: 5, offset: 0 });
    expect(audit.rows.map((r) => r.actor_name)).toEqual([SCHEDULER_NAME]);
  });

  it('runs a job whose time passed while no scheduler was running, at the next start', async () => {
    const article = await f.article(f.siteA, 'writer', 'approved');
    await schedule(article.id, new Date(Date.now() + 800));
    await sleep(1500);
    expect(await statusOf(article.id)).toBe('scheduled');
    scheduler('after-restart').start();
    expect(await waitFor(async () => (await statusOf(article.id)) === 'published', 5000)).toBe(true);
  });

  it('cancels the job on unschedule, and takes the article down again at unpublishAt', async () => {
    const article = await f.article(f.siteA, 'writer', 'approved');
    await schedule(article.id, new Date(Date.now() + 60_000));
    const un = await f.call('POST', `${base}/articles/${article.id}/transitions`, 'approver', { transition: 'unschedule' });
    expect(un.json()).toMatchObject({ status: 'approved', scheduledAt: null });
    expect((await f.db.selectFrom('jobs').select('status').where('article_id', '=', article.id).execute()).map((j) => j.status)).toEqual(['cancelled']);

    const soon = new Date(Date.now() + 1000).toISOString();
    const early = await f.call('POST', `${base}/articles/${article.id}/transitions`, 'approver', { transition: 'publish', unpublishAt: '2020-01-01T00:00:00Z' });
    expect(early.statusCode).toBe(400);
    const published = await f.call('POST', `${base}/articles/${article.id}/transitions`, 'approver', { transition: 'publish', unpublishAt: soon });
    expect(published.json()).toMatchObject({ status: 'published', unpublishAt: soon });
    await scheduler('unpub').runDue(new Date(Date.now() + 2000));
    expect(await statusOf(article.id)).toBe('unpublished');
  });

  it('runs each due job once when several schedulers poll at the same moment', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const article = await f.article(f.siteA, 'writer', 'approved');
      await schedule(article.id, new Date(Date.now() + 500));
      ids.push(article.id);
    }
    const later = new Date(Date.now() + 1000);
    const outcomes = (await Promise.all(['w1', 'w2', 'w3'].map((w) => scheduler(w).runDue(later)))).flat();
    expect(outcomes.filter((o) => o === 'done')).toHaveLength(8);
    for (const id of ids) {
      expect(await statusOf(id)).toBe('published');
      expect((await listAudit(f.db, { action: 'workflow_publish', objectId: String(id), limit: 5, offset: 0 })).total).toBe(1);
    }
  });

  it('marks a failing job failed with last_error, audits it, and lists overdue jobs for approvers only', async () => {
    const article = await f.article(f.siteA, 'writer', 'scheduled');
    const past = new Date(Date.now() - 5 * 60_000).toISOString();
    await sql`INSERT INTO jobs (kind, article_id, run_at, status, created_at) VALUES ('bogus', ${article.id}, ${past}, 'pending', ${past})`.execute(f.db);
    const late = await f.article(f.siteA, 'writer', 'approved');
    await sql`INSERT INTO jobs (kind, article_id, run_at, status, created_at) VALUES ('publish', ${late.id}, ${new Date(Date.now() + 3600_000).toISOString()}, 'pending', ${past})`.execute(f.db);
    await sql`UPDATE jobs SET run_at = ${past} WHERE article_id = ${late.id}`.execute(f.db);

    const before = (await f.call('GET', `${base}/dashboard`, 'approver')).json<{ overdue: { id: number; job: { status: string } }[] }>();
    expect(before.overdue.map((o) => [o.id, o.job.status])).toEqual(expect.arrayContaining([[article.id, 'pending'], [late.id, 'pending']]));

    await scheduler('fail').runDue();
    const jobs = await f.db.selectFrom('jobs').selectAll().where('article_id', '=', article.id).orderBy('id').execute();
    expect(jobs.map((j) => j.status)).toEqual(['pending', 'failed']);
    expect(jobs[1]?.last_error).toContain('bogus');
    const audit = await listAudit(f.db, { action: 'job_failed', objectId: String(article.id), limit: 5, offset: 0 });
    expect(audit.rows[0]).toMatchObject({ site_id: f.siteA.id, actor_name: SCHEDULER_NAME });

    const after = (await f.call('GET', `${base}/dashboard`, 'approver')).json<{ overdue: { id: number; job: { status: string; lastError: string | null } }[] }>();
    expect(after.overdue.find((o) => o.id === article.id)?.job).toMatchObject({ status: 'failed', lastError: stringContaining('bogus') });
    // The late job's article was approved, not scheduled: a person changed it, so the job was cancelled with the reason.
    expect(after.overdue.find((o) => o.id === late.id)).toBeUndefined();
    expect((await f.db.selectFrom('jobs').select(['status', 'last_error']).where('article_id', '=', late.id).executeTakeFirstOrThrow()).status).toBe('cancelled');
    expect((await f.call('GET', `${base}/dashboard`, 'editor')).json<{ overdue: unknown[] }>().overdue).toEqual([]);
  });

  it('does not publish for an account that lost the right since it scheduled: the job fails with the reason, audited, on the dashboard', async () => {
    const revoked = await createTestUser(f.db, `duyet-bi-thu-hoi-${dialect}`, [{ siteId: f.siteA.id, role: 'approver' }]);
    const disabled = await createTestUser(f.db, `duyet-bi-khoa-${dialect}`, [{ siteId: f.siteA.id, role: 'approver' }]);
    const at = new Date(Date.now() + 60_000).toISOString();
    const scheduleAs = async (userId: number) => {
      const article = await f.article(f.siteA, 'writer', 'approved');
      const ctx = { actor: { userId, isSystemAdmin: false, role: 'approver' as const }, actorName: 'duyet', siteId: f.siteA.id };
      await transitionArticle(f.db, ctx, article.id, { transition: 'schedule', at });
      return article.id;
    };
    const ids = [await scheduleAs(revoked), await scheduleAs(disabled)];
    await revokeRole(f.db, revoked, f.siteA.id);
    await f.db.updateTable('users').set({ status: 'disabled' }).where('id', '=', disabled).execute();

    await scheduler('refuse').runDue(new Date(Date.parse(at) + 1000));
    const after = (await f.call('GET', `${base}/dashboard`, 'approver')).json<{ overdue: { id: number; job: { status: string; lastError: string | null } }[] }>();
    for (const id of ids) {
      const row = await f.db.selectFrom('articles').select(['status', 'scheduled_at', 'published_at']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'scheduled', scheduled_at: at, published_at: null });
      const job = await f.db.selectFrom('jobs').select(['status', 'last_error']).where('article_id', '=', id).executeTakeFirstOrThrow();
      expect(job.status).toBe('failed');
      expect(job.last_error).toContain('không còn quyền "Đăng"');
      expect((await listAudit(f.db, { action: 'workflow_publish', objectId: String(id), limit: 5, offset: 0 })).total).toBe(0);
      const failed = await listAudit(f.db, { action: 'job_failed', objectId: String(id), limit: 5, offset: 0 });
      expect(failed.rows).toEqual([expect.objectContaining({ site_id: f.siteA.id, actor_name: SCHEDULER_NAME })]);
      expect(after.overdue.find((o) => o.id === id)?.job).toMatchObject({ status: 'failed', lastError: job.last_error });
    }
  });

  it('leaves every article write to the workflow: src/jobs changes no article itself', () => {
    const sources = fs.readdirSync(import.meta.dirname).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    for (const name of sources) {
      expect(fs.readFileSync(path.join(import.meta.dirname, name), 'utf8'), name).not.toMatch(/(updateTable|insertInto|deleteFrom)\(\s*'articles'/);
    }
  });
});
