/**
 * What the sitemaps list, read in batches by keyset on id so that a file of any length is
 * written with a batch in memory at a time: the public rows of each content type that has
 * its own page (articles, legal documents, albums, questions, consultations), through the
 * read gate of each (publishing/read-gate.ts). A chunk's first id is found by an OFFSET
 * over (site_id, status, id, published_at) alone, which an index holds; its rows then
 * follow by `id > last`.
 */
import { sql, type Kysely } from 'kysely';
import { toCount } from '../db/count.js';
import type { Database } from '../db/schema.js';
import { publicNow } from '../publishing/read-gate.js';
import { dependency, dependsOn, type ContentKind } from '../publishing/read-dependencies.js';
import { albumPath, articlePath, consultationPath, documentPath, questionPath } from '../urls/paths.js';
import type { SitemapEntry } from './sitemap.js';

type Conn = Kysely<Database>;

/** The tables whose public rows each have a page of their own at a slug. */
type SluggedTable = 'legal_documents' | 'albums' | 'questions' | 'consultations';

export interface SitemapRow {
  id: number;
  entry: SitemapEntry;
}

export interface SitemapSource {
  /** In the file names: /sitemap-{slug}-{n}.xml. */
  slug: string;
  count(siteId: number): Promise<number>;
  /** The id of the public row at `offset` in id order: where chunk n starts. */
  idAt(siteId: number, offset: number): Promise<number | undefined>;
  /** Up to `limit` public rows with ids from `fromId` on, in id order. */
  batch(siteId: number, fromId: number, limit: number): Promise<SitemapRow[]>;
}

/** The later of the edit and publication times: when the page last changed for a reader. */
function lastmod(updatedAt: string, publishedAt: string | null): string {
  return publishedAt !== null && publishedAt > updatedAt ? publishedAt : updatedAt;
}

function publicRows(db: Conn, table: SluggedTable | 'articles', siteId: number) {
  // One shape for each table (site_id, status, published_at, id): the read gate on it.
  const rows = db.selectFrom(table).where(sql.ref(`${table}.site_id`), '=', siteId).where(publicNow(table));
  // A public question always has its slug; a row without one has no page to list. Only a
  // question's slug may be empty: asked of the others, the test would make a count or an
  // offset read every row from the table instead of the index (site_id, status, id,
  // published_at) alone (a million articles on PostgreSQL: 137 ms for one site's count).
  return table === 'questions' ? rows.where(sql.ref(`${table}.slug`), 'is not', null) : rows;
}

/** What a cached sitemap (the index, /sitemap.xml) read, for the page cache: the type's list on the site. */
const KIND_OF: Record<SluggedTable, ContentKind> = { legal_documents: 'documents', albums: 'albums', questions: 'questions', consultations: 'consultations' };
function readList(table: SluggedTable | 'articles', siteId: number): void {
  dependsOn(table === 'articles' ? dependency.siteArticles(siteId) : dependency.kind(KIND_OF[table], siteId));
}

function countOf(db: Conn, table: SluggedTable | 'articles') {
  return async (siteId: number) => {
    readList(table, siteId);
    const row = await publicRows(db, table, siteId).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return toCount(row.n);
  };
}

function idAtOf(db: Conn, table: SluggedTable | 'articles') {
  return async (siteId: number, offset: number) => {
    readList(table, siteId);
    const row = await publicRows(db, table, siteId).select(sql<number>`${sql.ref(`${table}.id`)}`.as('id')).orderBy(sql.ref(`${table}.id`)).limit(1).offset(offset).executeTakeFirst();
    return row?.id;
  };
}

function sluggedSource(db: Conn, slug: string, table: SluggedTable, path: (slug: string) => string): SitemapSource {
  return {
    slug,
    count: countOf(db, table),
    idAt: idAtOf(db, table),
    async batch(siteId, fromId, limit) {
      readList(table, siteId);
      const rows = await publicRows(db, table, siteId)
        .select([sql<number>`${sql.ref(`${table}.id`)}`.as('id'), sql<string | null>`${sql.ref(`${table}.slug`)}`.as('slug'), sql<string>`${sql.ref(`${table}.updated_at`)}`.as('updatedAt'), sql<string | null>`${sql.ref(`${table}.published_at`)}`.as('publishedAt')])
        .where(sql.ref(`${table}.id`), '>=', fromId)
        .orderBy(sql.ref(`${table}.id`))
        .limit(limit)
        .execute();
      return rows.map((r) => ({ id: r.id, entry: { loc: path(r.slug ?? ''), lastmod: lastmod(r.updatedAt, r.publishedAt) } }));
    },
  };
}

/** Article files first (the bulk), then each other type. Locations are paths: the caller adds the origin. */
export function sitemapSources(db: Conn): SitemapSource[] {
  const articles: SitemapSource = {
    slug: 'bai-viet',
    count: countOf(db, 'articles'),
    idAt: idAtOf(db, 'articles'),
    async batch(siteId, fromId, limit) {
      // Each article's address is its own (a slug or category change names the article).
      readList('articles', siteId);
      const rows = await db
        .selectFrom('articles as a')
        .innerJoin('categories as c', 'c.id', 'a.category_id')
        .select(['a.id', 'a.slug', 'c.slug as categorySlug', 'a.updated_at as updatedAt', 'a.published_at as publishedAt'])
        .where('a.site_id', '=', siteId)
        .where(publicNow('a'))
        .where('a.id', '>=', fromId)
        .orderBy('a.id')
        .limit(limit)
        .execute();
      for (const r of rows) dependsOn(dependency.article(r.id));
      return rows.map((r) => ({ id: r.id, entry: { loc: articlePath(r.categorySlug, r.slug), lastmod: lastmod(r.updatedAt, r.publishedAt) } }));
    },
  };
  return [
    articles,
    sluggedSource(db, 'van-ban', 'legal_documents', documentPath),
    sluggedSource(db, 'thu-vien-anh', 'albums', albumPath),
    sluggedSource(db, 'hoi-dap', 'questions', questionPath),
    sluggedSource(db, 'lay-y-kien', 'consultations', consultationPath),
  ];
}
