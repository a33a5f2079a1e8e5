/**
 * Storage of topics and their member articles (Kysely, one text for SQLite and
 * PostgreSQL). Public reads pass the read gate (publishing/read-gate.ts) in SQL: only an
 * accepted article that is public now is listed, read from the article itself.
 */
import type { Kysely } from 'kysely';
import { toCount } from '../db/count.js';
import type { ArticleStatus, Database, NewTopic, TopicArticleRow, TopicArticleState, TopicRow, TopicUpdate } from '../db/schema.js';
import { publicNow } from '../publishing/read-gate.js';
import { dependency, dependsOn, dependsOnArticles } from '../publishing/read-dependencies.js';

type Conn = Kysely<Database>;

export async function insertTopic(db: Conn, row: NewTopic): Promise<TopicRow> {
  return db.insertInto('topics').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateTopicRow(db: Conn, id: number, changes: TopicUpdate): Promise<TopicRow> {
  return db.updateTable('topics').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function findTopicById(db: Conn, id: number): Promise<TopicRow | undefined> {
  return db.selectFrom('topics').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The topic holding `slug` among the system's topics (siteId null) or one site's; `except` is the topic being changed. */
export async function topicWithSlug(db: Conn, siteId: number | null, slug: string, except?: number): Promise<TopicRow | undefined> {
  let q = db.selectFrom('topics').selectAll().where('slug', '=', slug);
  q = siteId === null ? q.where('site_id', 'is', null) : q.where('site_id', '=', siteId);
  if (except !== undefined) q = q.where('id', '<>', except);
  return q.executeTakeFirst();
}

/** Any site topic holding `slug` (a system topic may not take it: it would hide that site's topic). */
export async function siteTopicWithSlug(db: Conn, slug: string, except?: number): Promise<TopicRow | undefined> {
  let q = db.selectFrom('topics').selectAll().where('slug', '=', slug).where('site_id', 'is not', null);
  if (except !== undefined) q = q.where('id', '<>', except);
  return q.executeTakeFirst();
}

/** The system's topics (siteId null) or one site's, newest campaign first. */
export async function listTopics(db: Conn, siteId: number | null): Promise<TopicRow[]> {
  let q = db.selectFrom('topics').selectAll();
  q = siteId === null ? q.where('site_id', 'is', null) : q.where('site_id', '=', siteId);
  return q.orderBy('starts_on', 'desc').orderBy('id', 'desc').execute();
}

/** How many members of each topic are in each state. */
export async function memberCounts(db: Conn, topicIds: readonly number[]): Promise<Map<number, Record<TopicArticleState, number>>> {
  const out = new Map<number, Record<TopicArticleState, number>>();
  if (topicIds.length === 0) return out;
  const rows = await db
    .selectFrom('topic_articles')
    .select(['topic_id', 'state', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('topic_id', 'in', topicIds)
    .groupBy(['topic_id', 'state'])
    .execute();
  for (const r of rows) {
    const counts = out.get(r.topic_id) ?? { proposed: 0, accepted: 0, declined: 0 };
    counts[r.state] = toCount(r.n);
    out.set(r.topic_id, counts);
  }
  return out;
}

export async function findMembership(db: Conn, topicId: number, articleId: number): Promise<TopicArticleRow | undefined> {
  return db.selectFrom('topic_articles').selectAll().where('topic_id', '=', topicId).where('article_id', '=', articleId).executeTakeFirst();
}

export async function insertMembership(
  db: Conn,
  row: { topicId: number; articleId: number; state: TopicArticleState; note: string | null; by: number; at: string },
): Promise<void> {
  const decided = row.state === 'accepted';
  await db
    .insertInto('topic_articles')
    .values({
      topic_id: row.topicId, article_id: row.articleId, state: row.state, note: row.note, proposed_by: row.by, proposed_at: row.at,
      decided_by: decided ? row.by : null, decided_at: decided ? row.at : null,
    })
    .execute();
}

export async function updateMembership(db: Conn, id: number, changes: { state: TopicArticleState; note: string | null; decided_by: number | null; decided_at: string | null; proposed_by?: number; proposed_at?: string }): Promise<void> {
  await db.updateTable('topic_articles').set(changes).where('id', '=', id).execute();
}

export async function deleteMembership(db: Conn, id: number): Promise<void> {
  await db.deleteFrom('topic_articles').where('id', '=', id).execute();
}

/** The article facts the rules need: its site, status and publication time. */
export async function articleFacts(db: Conn, articleId: number): Promise<{ id: number; site_id: number; title: string; status: ArticleStatus; published_at: string | null } | undefined> {
  return db.selectFrom('articles').select(['id', 'site_id', 'title', 'status', 'published_at']).where('id', '=', articleId).executeTakeFirst();
}

export interface TopicMemberRow {
  membershipId: number;
  articleId: number;
  siteId: number;
  title: string;
  slug: string;
  categorySlug: string;
  status: ArticleStatus;
  publishedAt: string | null;
  state: TopicArticleState;
  note: string | null;
  proposedBy: string | null;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** Every member of a topic, whatever its state, newest proposal first (the admin's view). */
export async function topicMembers(db: Conn, topicId: number): Promise<TopicMemberRow[]> {
  return db
    .selectFrom('topic_articles as m')
    .innerJoin('articles as a', 'a.id', 'm.article_id')
    .innerJoin('categories as c', 'c.id', 'a.category_id')
    .leftJoin('users as p', 'p.id', 'm.proposed_by')
    .leftJoin('users as d', 'd.id', 'm.decided_by')
    .select([
      'm.id as membershipId', 'a.id as articleId', 'a.site_id as siteId', 'a.title as title', 'a.slug as slug', 'c.slug as categorySlug',
      'a.status as status', 'a.published_at as publishedAt', 'm.state as state', 'm.note as note', 'p.display_name as proposedBy',
      'm.proposed_at as proposedAt', 'd.display_name as decidedBy', 'm.decided_at as decidedAt',
    ])
    .where('m.topic_id', '=', topicId)
    .orderBy('m.proposed_at', 'desc')
    .orderBy('m.id', 'desc')
    .execute();
}

/** Active topics shown on a site: the system's and the site's own, newest campaign first. */
export async function publicTopics(db: Conn, siteId: number): Promise<TopicRow[]> {
  dependsOn(dependency.topics);
  const rows = await db
    .selectFrom('topics')
    .selectAll()
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('site_id', 'is', null), eb('site_id', '=', siteId)]))
    .orderBy('starts_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  for (const row of rows) dependsOn(dependency.topic(row.id));
  return rows;
}

/** The active topic at /chuyen-de/{slug} on a site: its own first, else the system's. */
export async function findPublicTopic(db: Conn, siteId: number, slug: string): Promise<TopicRow | undefined> {
  // A topic of that slug may be made or ended: the address depends on which topics exist.
  dependsOn(dependency.topics);
  const rows = await db
    .selectFrom('topics')
    .selectAll()
    .where('slug', '=', slug)
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('site_id', 'is', null), eb('site_id', '=', siteId)]))
    .execute();
  const topic = rows.find((t) => t.site_id === siteId) ?? rows[0];
  if (topic !== undefined) dependsOn(dependency.topic(topic.id));
  return topic;
}

export interface PublicTopicArticle {
  id: number;
  siteId: number;
  slug: string;
  title: string;
  lead: string;
  publishedAt: string;
  categorySlug: string;
}

function publicMembersQuery(db: Conn, topicId: number, now: Date) {
  return db
    .selectFrom('topic_articles as m')
    .innerJoin('articles as a', 'a.id', 'm.article_id')
    .where('m.topic_id', '=', topicId)
    .where('m.state', '=', 'accepted')
    .where(publicNow('a', now));
}

/** The accepted articles of a topic that are public now, of every site, newest first. */
export async function publicTopicArticles(db: Conn, topicId: number, limit: number, offset: number, now = new Date()): Promise<PublicTopicArticle[]> {
  const rows = await publicMembersQuery(db, topicId, now)
    .innerJoin('categories as c', 'c.id', 'a.category_id')
    .select(['a.id as id', 'a.site_id as siteId', 'a.slug as slug', 'a.title as title', 'a.lead as lead', 'a.published_at as publishedAt', 'c.slug as categorySlug'])
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  dependsOnArticles(dependency.topic(topicId), rows);
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt ?? '' }));
}

export async function countPublicTopicArticles(db: Conn, topicId: number, now = new Date()): Promise<number> {
  const row = await publicMembersQuery(db, topicId, now).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  return toCount(row?.n);
}

/**
 * Before sites are removed (the demo system): the memberships of their articles, their
 * own topics with all memberships, and their pictures on other topics go; a system
 * topic named in `emptySystemSlugs` goes too once nothing is left in it.
 */
export async function deleteTopicsOfSites(db: Conn, siteIds: readonly number[], mediaIds: readonly number[], emptySystemSlugs: readonly string[] = []): Promise<void> {
  if (siteIds.length === 0) return;
  const ownTopics = db.selectFrom('topics').select('id').where('site_id', 'in', siteIds);
  await db
    .deleteFrom('topic_articles')
    .where((eb) => eb.or([eb('article_id', 'in', db.selectFrom('articles').select('id').where('site_id', 'in', siteIds)), eb('topic_id', 'in', ownTopics)]))
    .execute();
  await db.deleteFrom('topics').where('site_id', 'in', siteIds).execute();
  if (mediaIds.length > 0) await db.updateTable('topics').set({ image_media_id: null }).where('image_media_id', 'in', mediaIds).execute();
  if (emptySystemSlugs.length > 0) {
    await db
      .deleteFrom('topics')
      .where('site_id', 'is', null)
      .where('slug', 'in', emptySystemSlugs)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('topic_articles as m').select('m.id').whereRef('m.topic_id', '=', 'topics.id'))))
      .execute();
  }
}
