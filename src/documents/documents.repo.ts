/**
 * Storage of legal documents, their relations (replaces, amends) and attached files:
 * every query and write of `legal_documents`, `legal_document_links` and
 * `legal_document_attachments`, no rules. Public reads pass the read gate; the
 * workflow's writes are guarded by the status (and revision) the service read.
 */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Database, LegalDocumentRow, LegalDocumentUpdate, MediaRow, NewLegalDocument } from '../db/schema.js';
import { publicNow } from '../publishing/read-gate.js';
import { numberQueryTokens } from './document-number.js';
import type { DocumentRelation } from './document-kinds.js';
import { foldedText } from '../text/index.js';

type Conn = Kysely<Database>;
type Eb = ExpressionBuilder<Database, 'legal_documents'>;

/** What the lists filter on; each value already checked against its list at the edge. */
export interface DocumentFilters {
  type?: string | undefined;
  issuerSlug?: string | undefined;
  field?: string | undefined;
  year?: number | undefined;
  validity?: string | undefined;
  /** The reader's text: a number in any spelling, or words of the summary. */
  q?: string | undefined;
  /** Editorial lists only: the workflow status, and the author (a contributor sees their own). */
  status?: string | undefined;
  createdBy?: number | undefined;
}

export interface DocumentPage {
  rows: LegalDocumentRow[];
  total: number;
}

/**
 * The condition and the rank of a query: a number typed in any spelling (all its tokens
 * in number_key, the exact key first), else or also every folded word as the start of a
 * word of search_text. Tokens and folded words hold no separator, hence no LIKE wildcard.
 */
function textMatch(q: string): { where: (eb: Eb) => Expression<SqlBool>; rank: ReturnType<typeof sql<number>> } | undefined {
  const tokens = numberQueryTokens(q);
  const words = foldedText(q).split(' ').filter((w) => w.length > 0).slice(0, 12);
  if (tokens === undefined && words.length === 0) return undefined;
  const key = sql.ref('legal_documents.number_key');
  const text = sql.ref('legal_documents.search_text');
  const numberCond = tokens === undefined ? sql<SqlBool>`1 = 0` : sql<SqlBool>`(${sql.join(tokens.map((t) => sql`${key} LIKE ${`% ${t} %`}`), sql` AND `)})`;
  const wordsCond = words.length === 0 ? sql<SqlBool>`1 = 0` : sql<SqlBool>`(${sql.join(words.map((w) => sql`${text} LIKE ${`% ${w}%`}`), sql` AND `)})`;
  const exact = tokens === undefined ? '' : ` ${tokens.join(' ')} `;
  const rank = sql<number>`CASE WHEN ${key} = ${exact} THEN 0 WHEN ${numberCond} THEN 1 ELSE 2 END`;
  return { where: () => sql<SqlBool>`(${numberCond} OR ${wordsCond})`, rank };
}

function filtered(db: Conn, siteId: number, f: DocumentFilters, publicOnly: boolean) {
  let query = db.selectFrom('legal_documents').where('legal_documents.site_id', '=', siteId);
  if (publicOnly) query = query.where(publicNow('legal_documents'));
  if (f.type !== undefined) query = query.where('doc_type', '=', f.type);
  if (f.issuerSlug !== undefined) query = query.where('issuer_slug', '=', f.issuerSlug);
  if (f.field !== undefined) query = query.where('field', '=', f.field);
  if (f.validity !== undefined) query = query.where('validity', '=', f.validity);
  if (f.status !== undefined) query = query.where('status', '=', f.status as LegalDocumentRow['status']);
  if (f.createdBy !== undefined) query = query.where('created_by', '=', f.createdBy);
  if (f.year !== undefined) query = query.where('issued_on', '>=', `${f.year}-01-01`).where('issued_on', '<=', `${f.year}-12-31`);
  const match = f.q === undefined ? undefined : textMatch(f.q);
  if (match !== undefined) query = query.where(match.where);
  return { query, match };
}

/** One page of a site's documents that match, the best number match first, then newest issued. */
export async function findDocuments(db: Conn, siteId: number, f: DocumentFilters, page: { limit: number; offset: number }, publicOnly = true): Promise<DocumentPage> {
  const { query, match } = filtered(db, siteId, f, publicOnly);
  let rows = query.selectAll('legal_documents');
  if (match !== undefined) rows = rows.orderBy(match.rank);
  const [list, count] = await Promise.all([
    rows.orderBy('issued_on', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: list, total: Number(count.n) };
}

/** The newest public documents of a site (by date of publication on the portal), for the feed. */
export async function latestPublicDocuments(db: Conn, siteId: number, limit: number): Promise<LegalDocumentRow[]> {
  return db
    .selectFrom('legal_documents')
    .selectAll()
    .where('site_id', '=', siteId)
    .where(publicNow('legal_documents'))
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Issuing bodies of a site's public documents, for the filter (a site has a few dozen at most). */
export async function publicIssuers(db: Conn, siteId: number): Promise<{ slug: string; name: string }[]> {
  const rows = await db
    .selectFrom('legal_documents')
    .select(['issuer_slug', 'issuer'])
    .where('site_id', '=', siteId)
    .where(publicNow('legal_documents'))
    .groupBy(['issuer_slug', 'issuer'])
    .orderBy('issuer')
    .limit(200)
    .execute();
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(r.issuer_slug)) seen.set(r.issuer_slug, r.issuer);
  return [...seen].map(([slug, name]) => ({ slug, name }));
}

export async function findPublicDocumentBySlug(db: Conn, siteId: number, slug: string): Promise<LegalDocumentRow | undefined> {
  return db.selectFrom('legal_documents').selectAll().where('site_id', '=', siteId).where('slug', '=', slug).where(publicNow('legal_documents')).executeTakeFirst();
}

export async function findDocumentById(db: Conn, id: number): Promise<LegalDocumentRow | undefined> {
  return db.selectFrom('legal_documents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function isDocumentSlugTaken(db: Conn, siteId: number, slug: string): Promise<boolean> {
  const row = await db.selectFrom('legal_documents').select('id').where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
  return row !== undefined;
}

/** Documents of a site by id (any state), to check the targets of links an editor sent. */
export async function documentsOnSite(db: Conn, siteId: number, ids: readonly number[]): Promise<LegalDocumentRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('legal_documents').selectAll().where('site_id', '=', siteId).where('id', 'in', [...ids]).execute();
}

export async function insertDocument(db: Conn, row: NewLegalDocument): Promise<LegalDocumentRow> {
  return db.insertInto('legal_documents').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Writes only if the document is still in the status (and revision) the caller read; false when another change came first. */
export async function updateDocumentIfUnchanged(db: Conn, id: number, expected: { status: string; revision?: number }, changes: LegalDocumentUpdate): Promise<boolean> {
  let query = db.updateTable('legal_documents').set(changes).where('id', '=', id).where('status', '=', expected.status as LegalDocumentRow['status']);
  if (expected.revision !== undefined) query = query.where('revision', '=', expected.revision);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes the document only while it is a draft (its links and attachments go with it); false otherwise. */
export async function deleteDraftDocumentRow(db: Conn, id: number): Promise<boolean> {
  const result = await db.deleteFrom('legal_documents').where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export interface DocumentLink {
  targetId: number;
  relation: DocumentRelation;
}

export async function replaceDocumentLinks(db: Conn, id: number, links: readonly DocumentLink[]): Promise<void> {
  await db.deleteFrom('legal_document_links').where('document_id', '=', id).execute();
  if (links.length > 0) await db.insertInto('legal_document_links').values(links.map((l) => ({ document_id: id, target_id: l.targetId, relation: l.relation }))).execute();
}

export async function replaceDocumentAttachments(db: Conn, id: number, mediaIds: readonly number[]): Promise<void> {
  await db.deleteFrom('legal_document_attachments').where('document_id', '=', id).execute();
  if (mediaIds.length > 0) await db.insertInto('legal_document_attachments').values(mediaIds.map((media_id, position) => ({ document_id: id, media_id, position }))).execute();
}

/** A related document as lists show it, with the direction of the relation. */
export interface RelatedDocument {
  relation: DocumentRelation;
  /** forward: this document acts on the other; backward: the other acts on this one. */
  direction: 'forward' | 'backward';
  id: number;
  slug: string;
  number: string;
  title: string;
  status: string;
  published_at: string | null;
}

/** Both directions of a document's relations; the public passes `publicOnly` so that only public documents are named. */
export async function relatedDocuments(db: Conn, id: number, publicOnly: boolean): Promise<RelatedDocument[]> {
  const side = (direction: 'forward' | 'backward') => {
    const [mine, other] = direction === 'forward' ? (['document_id', 'target_id'] as const) : (['target_id', 'document_id'] as const);
    let q = db
      .selectFrom('legal_document_links as l')
      .innerJoin('legal_documents', 'legal_documents.id', `l.${other}`)
      .select(['l.relation', 'legal_documents.id', 'legal_documents.slug', 'legal_documents.number', 'legal_documents.title', 'legal_documents.status', 'legal_documents.published_at'])
      .where(`l.${mine}`, '=', id);
    if (publicOnly) q = q.where(publicNow('legal_documents'));
    return q.orderBy('legal_documents.issued_on', 'desc').execute();
  };
  const [forward, backward] = await Promise.all([side('forward'), side('backward')]);
  const as = (direction: 'forward' | 'backward') => (r: (typeof forward)[number]): RelatedDocument => ({ ...r, relation: r.relation as DocumentRelation, direction });
  return [...forward.map(as('forward')), ...backward.map(as('backward'))];
}

export async function documentAttachments(db: Conn, id: number): Promise<MediaRow[]> {
  return db
    .selectFrom('legal_document_attachments as a')
    .innerJoin('media as m', 'm.id', 'a.media_id')
    .selectAll('m')
    .where('a.document_id', '=', id)
    .orderBy('a.position')
    .execute();
}


/** Files of the site's media library among `ids` (to check the attachments an editor chose). */
export async function mediaOnSite(db: Conn, siteId: number, ids: readonly number[]): Promise<MediaRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('media').selectAll().where('site_id', '=', siteId).where('id', 'in', [...ids]).execute();
}

/** Years of issue of a site's public documents, newest first, for the filter. */
export async function publicYears(db: Conn, siteId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('legal_documents')
    .select(sql<string>`substr(issued_on, 1, 4)`.as('year'))
    .where('site_id', '=', siteId)
    .where(publicNow('legal_documents'))
    .groupBy(sql`substr(issued_on, 1, 4)`)
    .execute();
  return rows.map((r) => Number(r.year)).filter((y) => Number.isInteger(y)).sort((a, b) => b - a);
}
