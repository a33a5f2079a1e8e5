/**
 * Writing legal documents from the admin: create a draft, save against a base revision
 * (the UPDATE names the revision and its row count decides: 409 when stale), delete a
 * draft, and move through the page's steps of the article workflow
 * (pages/page-workflow.ts). Every write is one transaction with its audit entry;
 * publishing raises a document event after the commit.
 */
import type { Kysely } from 'kysely';
import { recordAudit, type AuditAction } from '../audit/audit.js';
import type { DocumentInput } from '../contract/documents.js';
import type { ArticleStatus, Database, LegalDocumentRow, LegalDocumentUpdate, NewLegalDocument } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { EditContext } from '../editorial/editing.js';
import { EditorialError } from '../editorial/errors.js';
import { documentEvent, withEvents, type PageEventType } from '../editorial/events.js';
import { can, type ArticleFacts } from '../editorial/workflow.js';
import { cleanPastedHtml } from '../html/clean-paste.js';
import { sanitizeRichText } from '../html/sanitize.js';
import { applyTransitionTo, type PageTransition } from '../pages/page-workflow.js';
import { foldedText, slugify, uniqueSlug } from '../text/index.js';
import { DOCUMENT_FIELDS, DOCUMENT_TYPES, documentTitle } from './document-kinds.js';
import { documentNumberKey } from './document-number.js';
import {
  deleteDraftDocumentRow,
  documentsOnSite,
  findDocumentById,
  insertDocument,
  isDocumentSlugTaken,
  mediaOnSite,
  replaceDocumentAttachments,
  replaceDocumentLinks,
  updateDocumentIfUnchanged,
} from './documents.repo.js';

type Conn = Kysely<Database>;

const NOUN = 'văn bản';

export const documentNotFound = (): EditorialError => new EditorialError('not_found', 'Không tìm thấy văn bản trên cổng thông tin này.');

export function documentFacts(row: LegalDocumentRow): ArticleFacts {
  return { status: row.status, createdBy: row.created_by };
}

function auditDocument(db: Conn, ctx: EditContext, action: AuditAction, id: number, details: Record<string, unknown>, now: Date) {
  return recordAudit(db, { action, actorId: ctx.actor.userId, actorName: ctx.actorName, siteId: ctx.siteId, objectType: 'document', objectId: id, ip: ctx.ip ?? null, details }, now);
}

/** The document if it lives on the context's site; 404 otherwise, whatever its site. */
export async function documentOnSite(db: Conn, siteId: number, id: number): Promise<LegalDocumentRow> {
  const row = await findDocumentById(db, id);
  if (row === undefined || row.site_id !== siteId) throw documentNotFound();
  return row;
}

/** The stored columns an input gives (everything but identity, workflow and times): sanitised body, number key, folded words. */
export function documentColumns(input: DocumentInput) {
  const bodyHtml = sanitizeRichText(cleanPastedHtml(input.bodyHtml));
  const words = [DOCUMENT_TYPES[input.type], input.number, input.summary, input.issuer, input.signer, DOCUMENT_FIELDS[input.field]].join(' ');
  return {
    number: input.number,
    number_key: documentNumberKey(input.number),
    doc_type: input.type,
    issuer: input.issuer,
    issuer_slug: slugify(input.issuer) || 'khac',
    signer: input.signer,
    issued_on: input.issuedOn,
    effective_on: input.effectiveOn,
    field: input.field,
    summary: input.summary,
    title: documentTitle(input.type, input.number, input.summary),
    body_html: bodyHtml,
    validity: input.validity,
    search_text: ` ${foldedText(words)} `,
  };
}

/** Links only to other documents of the same site, once each; files only from the site's library, documents only. */
async function checkRelations(db: Conn, siteId: number, input: DocumentInput, selfId?: number): Promise<void> {
  const targets = [...new Set(input.links.map((l) => l.targetId))];
  if (targets.length !== input.links.length) throw new EditorialError('invalid', 'Mỗi văn bản liên quan chỉ được chọn một lần.', 'links');
  if (selfId !== undefined && targets.includes(selfId)) throw new EditorialError('invalid', 'Văn bản không thể liên quan đến chính nó.', 'links');
  const found = await documentsOnSite(db, siteId, targets);
  if (found.length !== targets.length) throw new EditorialError('invalid', 'Có văn bản liên quan không thuộc cổng này.', 'links');
  const files = [...new Set(input.attachmentIds)];
  if (files.length !== input.attachmentIds.length) throw new EditorialError('invalid', 'Mỗi tệp chỉ được đính kèm một lần.', 'attachmentIds');
  const media = await mediaOnSite(db, siteId, files);
  if (media.length !== files.length || media.some((m) => m.kind !== 'document')) {
    throw new EditorialError('invalid', 'Tệp đính kèm phải là tài liệu (PDF, DOCX, XLSX) trong thư viện của cổng này.', 'attachmentIds');
  }
}

/** A new draft document by the actor, revision 1, with its links and files. */
export async function createDocument(db: Conn, ctx: EditContext, input: DocumentInput): Promise<LegalDocumentRow> {
  if (!can(ctx.actor, 'create')) throw new EditorialError('forbidden', 'Bạn không có quyền tạo văn bản trên cổng này.');
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    await checkRelations(trx, ctx.siteId, input);
    const columns = documentColumns(input);
    const slug = await uniqueSlug(slugify(`${DOCUMENT_TYPES[input.type]} ${input.number}`) || 'van-ban', (s) => isDocumentSlugTaken(trx, ctx.siteId, s));
    const stamp = now.toISOString();
    const row = await insertDocument(trx, {
      ...columns, site_id: ctx.siteId, slug, status: 'draft', published_at: null, created_at: stamp, updated_at: stamp, revision: 1, created_by: ctx.actor.userId, return_note: null,
    } satisfies NewLegalDocument);
    await replaceDocumentLinks(trx, row.id, input.links);
    await replaceDocumentAttachments(trx, row.id, input.attachmentIds);
    await auditDocument(trx, ctx, 'document_created', row.id, { number: row.number, slug, revision: 1 }, now);
    return row;
  });
}

/** Saves `input` over revision `baseRevision`; 409 and nothing written when another save came first. */
export async function saveDocument(db: Conn, ctx: EditContext, id: number, baseRevision: number, input: DocumentInput): Promise<LegalDocumentRow> {
  const now = ctx.now ?? new Date();
  return withEvents(db, ctx.events, async (trx, raise) => {
    const before = await documentOnSite(trx, ctx.siteId, id);
    if (!can(ctx.actor, 'edit', documentFacts(before))) throw new EditorialError('forbidden', 'Bạn không có quyền sửa văn bản này ở trạng thái hiện tại.');
    const stale = () =>
      new EditorialError('conflict', `Trong lúc bạn sửa, văn bản đã được lưu ở phiên bản ${before.revision} (bạn sửa từ phiên bản ${baseRevision}). Nội dung của bạn chưa được lưu: hãy tải lại rồi sửa lại.`);
    if (before.revision !== baseRevision) throw stale();
    await checkRelations(trx, ctx.siteId, input, id);
    const revision = before.revision + 1;
    const saved = await updateDocumentIfUnchanged(trx, id, { status: before.status, revision: baseRevision }, { ...documentColumns(input), revision, updated_at: now.toISOString() });
    if (!saved) throw stale();
    await replaceDocumentLinks(trx, id, input.links);
    await replaceDocumentAttachments(trx, id, input.attachmentIds);
    await auditDocument(trx, ctx, 'document_saved', id, { revision }, now);
    if (before.status === 'published') raise(documentEvent('changed', before, ctx.actor.userId, now));
    return documentOnSite(trx, ctx.siteId, id);
  });
}

/** Deletes a draft document (the workflow decides who may); audited with its number. */
export async function deleteDocumentDraft(db: Conn, ctx: EditContext, id: number): Promise<void> {
  const now = ctx.now ?? new Date();
  await inTransaction(db, async (trx) => {
    const row = await documentOnSite(trx, ctx.siteId, id);
    if (!can(ctx.actor, 'delete', documentFacts(row))) throw new EditorialError('forbidden', 'Chỉ bản nháp mới xóa được, và chỉ người tạo hoặc quản trị cổng được xóa.');
    if (!(await deleteDraftDocumentRow(trx, id))) throw new EditorialError('conflict', 'Văn bản vừa đổi trạng thái; không xóa.');
    await auditDocument(trx, ctx, 'document_deleted', id, { number: row.number, slug: row.slug }, now);
  });
}

const EVENT_OF_STATUS: Partial<Record<ArticleStatus, PageEventType>> = { published: 'published', unpublished: 'unpublished' };

function changesFor(t: PageTransition, row: LegalDocumentRow, note: string | null, now: Date): LegalDocumentUpdate {
  if (t === 'submit') return { return_note: null };
  if (t === 'return') return { return_note: note };
  if (t === 'publish') return { published_at: row.published_at ?? now.toISOString() };
  return {};
}

/** A person moves a document through the workflow: checked, written guarded by its status, audited, announced after the commit. */
export async function transitionDocument(db: Conn, ctx: EditContext, id: number, input: { transition: PageTransition; note?: string | undefined }): Promise<LegalDocumentRow> {
  const now = ctx.now ?? new Date();
  return withEvents(db, ctx.events, async (trx, raise) => {
    const row = await documentOnSite(trx, ctx.siteId, id);
    const t = input.transition;
    const to = applyTransitionTo(NOUN, ctx.actor, documentFacts(row), t, input.note);
    const note = input.note?.trim() || null;
    const written = await updateDocumentIfUnchanged(trx, id, { status: row.status }, { ...changesFor(t, row, note, now), status: to, updated_at: now.toISOString() });
    if (!written) throw new EditorialError('conflict', 'Văn bản vừa được người khác chuyển trạng thái; hãy tải lại.');
    await auditDocument(trx, ctx, `workflow_${t}`, id, { from: row.status, to, note, object: 'document' }, now);
    const type = EVENT_OF_STATUS[to];
    if (type !== undefined) raise(documentEvent(type, row, ctx.actor.userId, now));
    return documentOnSite(trx, ctx.siteId, id);
  });
}
