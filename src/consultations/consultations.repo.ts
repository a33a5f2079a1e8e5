/**
 * Storage of consultations on drafts, their files and their comments: every query and
 * write of `consultations`, `consultation_attachments` and `consultation_comments`, no
 * rules. Public reads pass the read gate; the workflow's writes are guarded by the status
 * (and revision) the service read; a comment's decision by the state it was read in.
 */
import { sql, type Kysely } from 'kysely';
import type { ArticleStatus, CommentState, ConsultationCommentRow, ConsultationRow, ConsultationUpdate, Database, MediaRow, NewConsultation } from '../db/schema.js';
import { publicNow } from '../publishing/read-gate.js';

type Conn = Kysely<Database>;

export async function insertConsultation(db: Conn, row: NewConsultation): Promise<ConsultationRow> {
  return db.insertInto('consultations').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findConsultationById(db: Conn, id: number): Promise<ConsultationRow | undefined> {
  return db.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findConsultationBySlug(db: Conn, siteId: number, slug: string): Promise<ConsultationRow | undefined> {
  return db.selectFrom('consultations').selectAll().where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
}

/** Every consultation of a site in every state, last changed first (a site has tens a year). */
export async function listSiteConsultations(db: Conn, siteId: number): Promise<ConsultationRow[]> {
  return db.selectFrom('consultations').selectAll().where('site_id', '=', siteId).orderBy('updated_at', 'desc').orderBy('id', 'desc').execute();
}

/** Writes only if the consultation is still in the status (and revision) the caller read. */
export async function updateConsultationIfUnchanged(db: Conn, id: number, expected: { status: ArticleStatus; revision?: number }, changes: ConsultationUpdate): Promise<boolean> {
  let query = db.updateTable('consultations').set(changes).where('id', '=', id).where('status', '=', expected.status);
  if (expected.revision !== undefined) query = query.where('revision', '=', expected.revision);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteDraftConsultationRow(db: Conn, id: number): Promise<boolean> {
  const result = await db.deleteFrom('consultations').where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

// ---- Files ----

export async function consultationAttachmentIds(db: Conn, consultationId: number): Promise<number[]> {
  const rows = await db.selectFrom('consultation_attachments').select('media_id').where('consultation_id', '=', consultationId).orderBy('position').execute();
  return rows.map((r) => r.media_id);
}

export async function consultationAttachments(db: Conn, consultationId: number): Promise<MediaRow[]> {
  return db
    .selectFrom('consultation_attachments as ca')
    .innerJoin('media as m', 'm.id', 'ca.media_id')
    .selectAll('m')
    .where('ca.consultation_id', '=', consultationId)
    .orderBy('ca.position')
    .execute();
}

export async function replaceConsultationAttachments(db: Conn, consultationId: number, mediaIds: readonly number[]): Promise<void> {
  await db.deleteFrom('consultation_attachments').where('consultation_id', '=', consultationId).execute();
  if (mediaIds.length === 0) return;
  await db
    .insertInto('consultation_attachments')
    .values(mediaIds.map((media_id, position) => ({ consultation_id: consultationId, media_id, position })))
    .execute();
}

/** Which of these media ids are documents of the site's library. */
export async function documentMediaIdsOnSite(db: Conn, siteId: number, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('media').select('id').where('site_id', '=', siteId).where('kind', '=', 'document').where('id', 'in', [...ids]).execute();
  return rows.map((r) => r.id);
}

// ---- Public reads ----

export async function findPublicConsultation(db: Conn, siteId: number, slug: string, now: Date): Promise<ConsultationRow | undefined> {
  return db.selectFrom('consultations').selectAll().where('site_id', '=', siteId).where('slug', '=', slug).where(publicNow('consultations', now)).executeTakeFirst();
}

export type PhaseFilter = 'open' | 'closed' | undefined;

/** The public consultations of a site: open first (closing soonest first), then upcoming, then closed (latest first). */
export async function listPublicConsultations(db: Conn, siteId: number, today: string, filter: PhaseFilter, limit: number, offset: number): Promise<ConsultationRow[]> {
  const rank = sql<number>`case when closes_on < ${today} then 2 when opens_on > ${today} then 1 else 0 end`;
  return db
    .selectFrom('consultations')
    .selectAll()
    .where('site_id', '=', siteId)
    .where(publicNow('consultations'))
    .$if(filter === 'open', (q) => q.where('opens_on', '<=', today).where('closes_on', '>=', today))
    .$if(filter === 'closed', (q) => q.where('closes_on', '<', today))
    .orderBy(rank)
    .orderBy(sql`case when closes_on < ${today} then null else closes_on end`)
    .orderBy('closes_on', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countPublicConsultations(db: Conn, siteId: number, today: string, filter: PhaseFilter): Promise<number> {
  const row = await db
    .selectFrom('consultations')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .where('site_id', '=', siteId)
    .where(publicNow('consultations'))
    .$if(filter === 'open', (q) => q.where('opens_on', '<=', today).where('closes_on', '>=', today))
    .$if(filter === 'closed', (q) => q.where('closes_on', '<', today))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The latest public consultations, newest publication first (the feed). */
export async function latestPublicConsultations(db: Conn, siteId: number, limit: number): Promise<ConsultationRow[]> {
  return db.selectFrom('consultations').selectAll().where('site_id', '=', siteId).where(publicNow('consultations')).orderBy('published_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

// ---- Comments ----

export type NewComment = Pick<ConsultationCommentRow, 'consultation_id' | 'name' | 'organisation' | 'email' | 'phone' | 'address' | 'body' | 'received_at'>;

export async function insertComment(db: Conn, comment: NewComment): Promise<ConsultationCommentRow> {
  return db.insertInto('consultation_comments').values({ ...comment, state: 'pending' }).returningAll().executeTakeFirstOrThrow();
}

export async function findCommentById(db: Conn, id: number): Promise<ConsultationCommentRow | undefined> {
  return db.selectFrom('consultation_comments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A consultation's comments, oldest first, in one state or all. */
export async function listComments(db: Conn, consultationId: number, state?: CommentState): Promise<ConsultationCommentRow[]> {
  let query = db.selectFrom('consultation_comments').selectAll().where('consultation_id', '=', consultationId);
  if (state !== undefined) query = query.where('state', '=', state);
  return query.orderBy('received_at').orderBy('id').execute();
}

/** What the public may read of the approved comments: no contact field is selected at all. */
export interface PublicComment {
  id: number;
  name: string;
  organisation: string | null;
  body: string;
  received_at: string;
}

export async function listApprovedComments(db: Conn, consultationId: number): Promise<PublicComment[]> {
  return db
    .selectFrom('consultation_comments')
    .select(['id', 'name', 'organisation', 'body', 'received_at'])
    .where('consultation_id', '=', consultationId)
    .where('state', '=', 'approved')
    .orderBy('received_at')
    .orderBy('id')
    .execute();
}

export async function countCommentsByState(db: Conn, consultationIds: readonly number[]): Promise<Map<number, Record<CommentState, number>>> {
  const counts = new Map<number, Record<CommentState, number>>();
  for (const id of consultationIds) counts.set(id, { pending: 0, approved: 0, rejected: 0 });
  if (consultationIds.length === 0) return counts;
  const rows = await db
    .selectFrom('consultation_comments')
    .select(['consultation_id', 'state', (eb) => eb.fn.countAll<number | string | bigint>().as('n')])
    .where('consultation_id', 'in', [...consultationIds])
    .groupBy(['consultation_id', 'state'])
    .execute();
  for (const r of rows) {
    const entry = counts.get(r.consultation_id);
    if (entry !== undefined) entry[r.state] = Number(r.n);
  }
  return counts;
}

/** Decides a comment only if it is still in the state the caller read. */
export async function decideCommentIfUnchanged(db: Conn, id: number, from: CommentState, to: CommentState, by: number | null, at: string): Promise<boolean> {
  const result = await db.updateTable('consultation_comments').set({ state: to, moderated_by: by, moderated_at: at }).where('id', '=', id).where('state', '=', from).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes every consultation of these sites with their files and comments (removing the demo system). */
export async function deleteConsultationsOfSites(db: Conn, siteIds: readonly number[]): Promise<void> {
  if (siteIds.length === 0) return;
  const ofSites = db.selectFrom('consultations').select('id').where('site_id', 'in', [...siteIds]);
  await db.deleteFrom('consultation_comments').where('consultation_id', 'in', ofSites).execute();
  await db.deleteFrom('consultation_attachments').where('consultation_id', 'in', ofSites).execute();
  await db.deleteFrom('consultations').where('site_id', 'in', [...siteIds]).execute();
}

/** Files of consultations that use these media (a demo file removed with its site). */
export async function detachMediaFromConsultations(db: Conn, mediaIds: readonly number[]): Promise<void> {
  if (mediaIds.length === 0) return;
  await db.deleteFrom('consultation_attachments').where('media_id', 'in', [...mediaIds]).execute();
}
