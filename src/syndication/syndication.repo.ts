/**
 * Storage of syndication proposals (migration 0023). Functions take the connection or
 * transaction first. The public reads join the source article as it stands now and
 * pass it through the read gate (publishing/read-gate.ts): nothing of its text is kept
 * here, so an edit at the source shows at once and a withdrawal removes it at once.
 */
import type { Kysely } from 'kysely';
import { toCount } from '../db/count.js';
import type { ArticleStatus, Database, NewSyndication, SyndicationRow, SyndicationState, SyndicationsTable } from '../db/schema.js';
import { publicNow } from '../publishing/read-gate.js';
import type { Updateable } from 'kysely';
import { LIVE_STATES } from './syndication-rules.js';
import { dependency, dependsOn, dependsOnArticles } from '../publishing/read-dependencies.js';

type Conn = Kysely<Database>;

export async function findSyndication(db: Conn, id: number): Promise<SyndicationRow | undefined> {
  return db.selectFrom('syndications').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The proposal of this article to this target that still stands (proposed or accepted), if any. */
export async function liveSyndication(db: Conn, articleId: number, toSiteId: number): Promise<SyndicationRow | undefined> {
  return db
    .selectFrom('syndications')
    .selectAll()
    .where('article_id', '=', articleId)
    .where('to_site_id', '=', toSiteId)
    .where('state', 'in', LIVE_STATES)
    .executeTakeFirst();
}

/** The newest live proposal of this article sent by `fromSiteId`, whatever its target (the site may have changed parent since). */
export async function liveSyndicationFrom(db: Conn, articleId: number, fromSiteId: number): Promise<SyndicationRow | undefined> {
  return db
    .selectFrom('syndications')
    .selectAll()
    .where('article_id', '=', articleId)
    .where('from_site_id', '=', fromSiteId)
    .where('state', 'in', LIVE_STATES)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function insertSyndication(db: Conn, row: NewSyndication): Promise<SyndicationRow> {
  return db.insertInto('syndications').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Writes `changes` only while the proposal is still in `from`; false when another decision came first. */
export async function updateSyndicationIfState(db: Conn, id: number, from: SyndicationState, changes: Updateable<SyndicationsTable>): Promise<boolean> {
  const result = await db.updateTable('syndications').set(changes).where('id', '=', id).where('state', '=', from).executeTakeFirst();
  return toCount(result.numUpdatedRows) === 1;
}

/** A second live proposal for the same article and target is refused by the unique index (a race the service lost). */
export { isUniqueViolation } from '../db/unique-violation.js';

/** A proposal with what the editorial lists show of its article (current title and status). */
export interface SyndicationListRow {
  id: number;
  articleId: number;
  fromSiteId: number;
  toSiteId: number;
  state: SyndicationState;
  note: string | null;
  proposedAt: string;
  decidedAt: string | null;
  proposedByName: string | null;
  decidedByName: string | null;
  articleTitle: string;
  articleSlug: string;
  articleStatus: ArticleStatus;
  articlePublishedAt: string | null;
  categorySlug: string;
}

export const SYNDICATION_LIST_LIMIT = 200;

/** The proposals a site received (`to`) or sent (`from`), newest first: pending ones first in the inbox. */
export async function syndicationsOf(db: Conn, side: 'to' | 'from', siteId: number, limit = SYNDICATION_LIST_LIMIT): Promise<SyndicationListRow[]> {
  const rows = await db
    .selectFrom('syndications as s')
    .innerJoin('articles as a', 'a.id', 's.article_id')
    .innerJoin('categories as c', 'c.id', 'a.category_id')
    .leftJoin('users as p', 'p.id', 's.proposed_by')
    .leftJoin('users as d', 'd.id', 's.decided_by')
    .select([
      's.id as id', 's.article_id as articleId', 's.from_site_id as fromSiteId', 's.to_site_id as toSiteId', 's.state as state', 's.note as note',
      's.proposed_at as proposedAt', 's.decided_at as decidedAt', 'p.display_name as proposedByName', 'd.display_name as decidedByName',
      'a.title as articleTitle', 'a.slug as articleSlug', 'a.status as articleStatus', 'a.published_at as articlePublishedAt', 'c.slug as categorySlug',
    ])
    .where(side === 'to' ? 's.to_site_id' : 's.from_site_id', '=', siteId)
    .orderBy((eb) => eb.case().when('s.state', '=', 'proposed').then(0).else(1).end())
    .orderBy('s.proposed_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit)
    .execute();
  return rows;
}

/** An accepted article as the parent lists it: the source row as it is now, public only. */
export interface SyndicatedItem {
  syndicationId: number;
  articleId: number;
  sourceSiteId: number;
  slug: string;
  title: string;
  lead: string;
  publishedAt: string;
  acceptedAt: string;
  categorySlug: string;
}

function acceptedQuery(db: Conn, toSiteId: number, now: Date) {
  return db
    .selectFrom('syndications as s')
    .innerJoin('articles as a', 'a.id', 's.article_id')
    .innerJoin('categories as c', 'c.id', 'a.category_id')
    .where('s.to_site_id', '=', toSiteId)
    .where('s.state', '=', 'accepted')
    // An article that now lives on the parent itself (its district merged into it) is no longer news from a locality.
    .whereRef('a.site_id', '<>', 's.to_site_id')
    .where(publicNow('a', now));
}

/** The latest accepted articles on the parent, newest acceptance first; a page of them with `offset`. */
export async function acceptedSyndications(db: Conn, toSiteId: number, limit: number, offset = 0, now = new Date()): Promise<SyndicatedItem[]> {
  const rows = await acceptedQuery(db, toSiteId, now)
    .select([
      's.id as syndicationId', 'a.id as articleId', 'a.site_id as sourceSiteId', 'a.slug as slug', 'a.title as title', 'a.lead as lead',
      'a.published_at as publishedAt', 's.decided_at as acceptedAt', 's.proposed_at as proposedAt', 'c.slug as categorySlug',
    ])
    .orderBy('s.decided_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  dependsOnArticles(dependency.syndicated(toSiteId), rows.map((r) => ({ id: r.articleId })));
  // The read gate keeps only rows with a publication time; an accepted row has its decision time.
  return rows.map(({ proposedAt, ...r }) => ({ ...r, publishedAt: r.publishedAt ?? proposedAt, acceptedAt: r.acceptedAt ?? proposedAt }));
}

export async function countAcceptedSyndications(db: Conn, toSiteId: number, now = new Date()): Promise<number> {
  dependsOn(dependency.syndicated(toSiteId));
  const row = await acceptedQuery(db, toSiteId, now).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  return toCount(row?.n);
}
