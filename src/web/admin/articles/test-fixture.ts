/**
 * For the editorial tests only: an app over a small seeded database, one account per
 * role on site A (camlo) plus a system admin and an account without roles, signed-in
 * sessions, and articles put directly into any workflow state.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import type { ArticleRow, ArticleStatus, Database } from '../../../db/schema.js';
import type { Dialect } from '../../../db/database.js';
import { createDraft } from '../../../editorial/editing.js';
import type { SiteRole } from '../../../editorial/roles.js';
import { insertJob } from '../../../jobs/jobs.repo.js';
import type { Site } from '../../../sites/index.js';
import { createTestUser, signIn, type Signed } from '../../../test-support/auth.js';
import { createTestApp, type TestApp, type TestAppOptions } from '../../../test-support/test-app.js';

export const PEOPLE = ['contributor', 'editor', 'approver', 'site_admin', 'sysadmin', 'norole', 'writer'] as const;
export type Person = (typeof PEOPLE)[number];

export interface EditorialFixture {
  t: TestApp;
  app: FastifyInstance;
  db: Kysely<Database>;
  siteA: Site;
  siteB: Site;
  categoryA: number;
  categoryA2: number;
  categoryB: number;
  ids: Record<Person, number>;
  sessions: Record<Person, Signed>;
  /** An article on `site` created by `by`, put straight into `status`. */
  article(site: Site, by: Person, status: ArticleStatus, title?: string): Promise<ArticleRow>;
  /** An HTTP call as `who` (undefined: anonymous). */
  call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who: Person | undefined, body?: unknown): Promise<LightMyRequestResponse>;
}

let counter = 0;

export async function editorialFixture(dialect: Dialect, options: TestAppOptions = {}): Promise<EditorialFixture> {
  const t = await createTestApp(dialect, { articlesPerSite: 1, ...options });
  const db = t.database.db.kysely;
  const siteA = t.services.registry.bySlugOrUndefined('camlo');
  const siteB = t.services.registry.bySlugOrUndefined('dongha');
  if (siteA === undefined || siteB === undefined) throw new Error('demo sites missing');
  const cats = async (siteId: number) => (await db.selectFrom('categories').select('id').where('site_id', '=', siteId).orderBy('id').execute()).map((c) => c.id);
  const [a, b] = await Promise.all([cats(siteA.id), cats(siteB.id)]);
  const roleOnA = (role: SiteRole) => [{ siteId: siteA.id, role }];
  const ids = {
    contributor: await createTestUser(db, `ctv-${dialect}`, roleOnA('contributor')),
    editor: await createTestUser(db, `btv-${dialect}`, roleOnA('editor')),
    approver: await createTestUser(db, `duyet-${dialect}`, roleOnA('approver')),
    site_admin: await createTestUser(db, `qtc-${dialect}`, roleOnA('site_admin')),
    sysadmin: await createTestUser(db, `qtht-${dialect}`, [], { isSystemAdmin: true }),
    norole: await createTestUser(db, `khach-${dialect}`),
    writer: await createTestUser(db, `pv-${dialect}`, roleOnA('contributor')),
  } satisfies Record<Person, number>;
  const sessions = {} as Record<Person, Signed>;
  for (const person of PEOPLE) {
    const username = (await db.selectFrom('users').select('username').where('id', '=', ids[person]).executeTakeFirstOrThrow()).username;
    sessions[person] = await signIn(t.app, username);
  }

  return {
    t, app: t.app, db, siteA, siteB, categoryA: a[0] ?? 0, categoryA2: a[1] ?? 0, categoryB: b[0] ?? 0, ids, sessions,
    async article(site, by, status, title) {
      counter += 1;
      const row = await createDraft(
        db,
        { actor: { userId: ids[by], isSystemAdmin: true, role: undefined }, actorName: by, siteId: site.id },
        { title: title ?? `Bài thử nghiệm số ${counter}`, lead: 'Sapo ngắn.', bodyHtml: '<p>Nội dung ban đầu của bài viết.</p>', categoryId: site.id === siteA.id ? (a[0] ?? 0) : (b[0] ?? 0) },
      );
      if (status === 'draft') return row;
      const now = new Date();
      const scheduledAt = status === 'scheduled' ? new Date(now.getTime() + 3600_000).toISOString() : null;
      const publishedAt = ['published', 'unpublished', 'withdrawn'].includes(status) ? now.toISOString() : null;
      const updated = await db
        .updateTable('articles')
        .set({ status, scheduled_at: scheduledAt, published_at: publishedAt, withdrawn_note: status === 'withdrawn' ? 'Thu hồi để đính chính.' : null })
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (scheduledAt !== null) await insertJob(db, { kind: 'publish', articleId: row.id, runAt: scheduledAt, createdBy: ids[by], now });
      return updated;
    },
    async call(method, url, who, body) {
      const headers: Record<string, string> = who === undefined ? { host: 'localhost' } : { ...sessions[who].headers };
      return t.app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as object }) });
    },
  };
}
