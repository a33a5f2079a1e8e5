/**
 * Article lists of the admin: every state, filterable by state, author, category,
 * dates and words (through the search service over drafts too when there is one,
 * else a LIKE on the title). Contributors see only their own articles.
 */
import { sql, type Kysely } from 'kysely';
import type { ArticleStatus, Database } from '../db/schema.js';
import { STATUS_LABELS } from './workflow.js';

type Conn = Kysely<Database>;

export interface AdminArticleSummary {
  id: number;
  title: string;
  slug: string;
  status: ArticleStatus;
  statusLabel: string;
  categoryId: number;
  categoryName: string;
  authorName: string | null;
  createdBy: number | null;
  createdByName: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  scheduledAt: string | null;
}

export interface ListFilter {
  siteId: number;
  statuses?: ArticleStatus[];
  /** Created by this account, or listed among its royalty authors. */
  authorId?: number;
  categoryId?: number;
  /** Inclusive bounds on publication time, or creation time for never-published articles. */
  from?: string;
  to?: string;
  /** Restricts to this creator (contributors see only their own). */
  onlyCreatedBy?: number;
  /** Title contains (used when no search service is available). */
  titleLike?: string;
  /** Restricts to these ids (search hits). */
  ids?: number[];
}

function base(db: Conn) {
  return db
    .selectFrom('articles as a')
    .innerJoin('categories as c', 'c.id', 'a.category_id')
    .leftJoin('users as u', 'u.id', 'a.created_by');
}

type Query = ReturnType<typeof base>;

function filtered(db: Conn, f: ListFilter): Query {
  let q: Query = base(db).where('a.site_id', '=', f.siteId);
  if (f.statuses !== undefined && f.statuses.length > 0) q = q.where('a.status', 'in', f.statuses);
  if (f.categoryId !== undefined) q = q.where('a.category_id', '=', f.categoryId);
  if (f.onlyCreatedBy !== undefined) q = q.where('a.created_by', '=', f.onlyCreatedBy);
  if (f.ids !== undefined) q = q.where('a.id', 'in', f.ids.length > 0 ? f.ids : [-1]);
  const authorId = f.authorId;
  if (authorId !== undefined) {
    q = q.where((eb) =>
      eb.or([
        eb('a.created_by', '=', authorId),
        eb.exists(eb.selectFrom('article_authors as aa').select('aa.article_id').whereRef('aa.article_id', '=', 'a.id').where('aa.user_id', '=', authorId)),
      ]),
    );
  }
  if (f.from !== undefined) q = q.where((eb) => eb(eb.fn.coalesce('a.published_at', 'a.created_at'), '>=', f.from ?? ''));
  if (f.to !== undefined) q = q.where((eb) => eb(eb.fn.coalesce('a.published_at', 'a.created_at'), '<=', f.to ?? ''));
  if (f.titleLike !== undefined) {
    const pattern = `%${f.titleLike.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`lower(${sql.ref('a.title')}) LIKE ${pattern} ESCAPE '\\'`);
  }
  return q;
}

function summaryColumns(q: Query) {
  return q.select([
    'a.id', 'a.title', 'a.slug', 'a.status', 'a.category_id', 'c.name as category_name', 'a.author_name', 'a.created_by',
    'u.display_name', 'a.revision', 'a.created_at', 'a.updated_at', 'a.published_at', 'a.scheduled_at',
  ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryColumns>['execute']>>[number];

function toSummary(r: SummaryRow): AdminArticleSummary {
  return {
    id: r.id, title: r.title, slug: r.slug, status: r.status, statusLabel: STATUS_LABELS[r.status], categoryId: r.category_id,
    categoryName: r.category_name, authorName: r.author_name, createdBy: r.created_by, createdByName: r.display_name,
    revision: r.revision, createdAt: r.created_at, updatedAt: r.updated_at, publishedAt: r.published_at, scheduledAt: r.scheduled_at,
  };
}

export async function countArticles(db: Conn, f: ListFilter): Promise<number> {
  const row = await filtered(db, f).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Newest change first, a page at a time. */
export async function listArticles(db: Conn, f: ListFilter, limit: number, offset: number): Promise<AdminArticleSummary[]> {
  const rows = await summaryColumns(filtered(db, f)).orderBy('a.updated_at', 'desc').orderBy('a.id', 'desc').limit(limit).offset(offset).execute();
  return rows.map(toSummary);
}

/** The articles with these ids that pass the filter, in the order of `ids` (search rank). */
export async function articlesInOrder(db: Conn, f: ListFilter, ids: number[]): Promise<AdminArticleSummary[]> {
  if (ids.length === 0) return [];
  const rows = await summaryColumns(filtered(db, { ...f, ids })).execute();
  const byId = new Map(rows.map((r) => [r.id, toSummary(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Articles with these ids (any state) of the site, by id. */
export async function summariesByIds(db: Conn, siteId: number, ids: number[]): Promise<Map<number, AdminArticleSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await summaryColumns(filtered(db, { siteId, ids })).execute();
  return new Map(rows.map((r) => [r.id, toSummary(r)]));
}

/** For dashboards: a short list ordered by a column. */
export async function listBy(db: Conn, f: ListFilter, order: 'updated' | 'scheduled', limit: number): Promise<AdminArticleSummary[]> {
  const q = summaryColumns(filtered(db, f));
  const rows = await (order === 'scheduled' ? q.orderBy('a.scheduled_at') : q.orderBy('a.updated_at', 'desc')).orderBy('a.id').limit(limit).execute();
  return rows.map(toSummary);
}
