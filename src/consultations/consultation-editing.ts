/**
 * Writing consultations on drafts from the admin, as static pages are written: create a
 * draft, save against a base revision (the UPDATE names the revision; a stale one writes
 * nothing), move it through the page's workflow steps, delete a draft; decide citizens'
 * comments; write and publish the summary of the comments. Every write is one
 * transaction with its audit entry.
 */
import type { Kysely } from 'kysely';
import { recordAudit, type AuditAction } from '../audit/audit.js';
import type { ConsultationInput } from '../contract/consultations.js';
import type { ArticleStatus, CommentState, ConsultationCommentRow, ConsultationRow, ConsultationUpdate, Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { EditContext } from '../editorial/editing.js';
import { EditorialError } from '../editorial/errors.js';
import { can, type ArticleFacts } from '../editorial/workflow.js';
import { DomainError } from '../errors/domain-error.js';
import { cleanPastedHtml } from '../html/clean-paste.js';
import { sanitizeRichText } from '../html/sanitize.js';
import { slugify, uniqueSlug } from '../text/index.js';
import { applyConsultationTransition, canModerateComments, decideComment, type CommentDecision, type ConsultationTransition } from './consultation-rules.js';
import {
  decideCommentIfUnchanged,
  deleteDraftConsultationRow,
  documentMediaIdsOnSite,
  findCommentById,
  findConsultationById,
  findConsultationBySlug,
  insertConsultation,
  replaceConsultationAttachments,
  updateConsultationIfUnchanged,
} from './consultations.repo.js';

type Conn = Kysely<Database>;

export const consultationNotFound = (): EditorialError => new EditorialError('not_found', 'Không tìm thấy dự thảo lấy ý kiến trên cổng thông tin này.');

/** A save named a revision that is no longer the latest: nothing was written. */
export class StaleConsultationError extends DomainError<'stale_revision'> {
  constructor(current: ConsultationRow, sent: number) {
    super(
      'conflict',
      'stale_revision',
      `Trong lúc bạn sửa, dự thảo đã được lưu ở phiên bản ${current.revision} (bạn sửa từ phiên bản ${sent}). Nội dung của bạn chưa được lưu: hãy tải lại, so sánh rồi lưu lại.`,
      { title: 'Dự thảo đã thay đổi' },
    );
    this.name = 'StaleConsultationError';
  }
}

export function consultationFacts(row: ConsultationRow): ArticleFacts {
  return { status: row.status, createdBy: row.created_by };
}

function auditConsultation(db: Conn, ctx: EditContext, action: AuditAction, id: number, details: Record<string, unknown>, now: Date) {
  return recordAudit(db, { action, actorId: ctx.actor.userId, actorName: ctx.actorName, siteId: ctx.siteId, objectType: 'consultation', objectId: id, ip: ctx.ip ?? null, details }, now);
}

/** The consultation if it lives on the context's site; 404 otherwise, whatever its site. */
export async function consultationOnSite(db: Conn, siteId: number, id: number): Promise<ConsultationRow> {
  const row = await findConsultationById(db, id);
  if (row === undefined || row.site_id !== siteId) throw consultationNotFound();
  return row;
}

const cleanHtml = (html: string): string => sanitizeRichText(cleanPastedHtml(html));

/** The stored columns of an input, its HTML cleaned by the one allow-list articles use. */
function columnsOf(input: ConsultationInput) {
  return {
    title: input.title,
    summary: input.summary.replace(/\s+/g, ' ').trim(),
    body_html: cleanHtml(input.bodyHtml),
    drafting_body: input.draftingBody,
    opens_on: input.opensOn,
    closes_on: input.closesOn,
  };
}

async function checkFiles(db: Conn, siteId: number, ids: readonly number[]): Promise<number[]> {
  const unique = [...new Set(ids)];
  const found = await documentMediaIdsOnSite(db, siteId, unique);
  if (found.length !== unique.length) throw new EditorialError('invalid', 'Có tệp đính kèm không phải tài liệu trong thư viện của cổng này.', 'attachmentIds');
  return unique;
}

async function checkSlug(db: Conn, ctx: EditContext, slug: string, own?: ArticleFacts & { id: number }): Promise<void> {
  if (!can(ctx.actor, 'change_slug', own)) throw new EditorialError('forbidden', 'Chỉ biên tập viên, trưởng ban biên tập và quản trị cổng được đổi địa chỉ.');
  const other = await findConsultationBySlug(db, ctx.siteId, slug);
  if (other !== undefined && other.id !== own?.id) {
    throw new EditorialError('conflict', `Địa chỉ "${slug}" đã được dùng cho dự thảo "${other.title}" (#${other.id}); hãy chọn địa chỉ khác.`);
  }
}

/** A new draft by the actor, revision 1. */
export async function createConsultation(db: Conn, ctx: EditContext, input: ConsultationInput): Promise<ConsultationRow> {
  if (!can(ctx.actor, 'create')) throw new EditorialError('forbidden', 'Bạn không có quyền tạo dự thảo lấy ý kiến trên cổng này.');
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    if (input.slug !== undefined) await checkSlug(trx, ctx, input.slug);
    const files = await checkFiles(trx, ctx.siteId, input.attachmentIds);
    const slug = input.slug ?? (await uniqueSlug(slugify(input.title) || 'du-thao', async (s) => (await findConsultationBySlug(trx, ctx.siteId, s)) !== undefined));
    const stamp = now.toISOString();
    const row = await insertConsultation(trx, {
      ...columnsOf(input), site_id: ctx.siteId, slug, status: 'draft', published_at: null, created_at: stamp, updated_at: stamp,
      revision: 1, created_by: ctx.actor.userId, return_note: null, report_published_at: null,
    });
    await replaceConsultationAttachments(trx, row.id, files);
    await auditConsultation(trx, ctx, 'consultation_created', row.id, { title: row.title, slug, revision: 1 }, now);
    return row;
  });
}

/** Saves `input` over revision `baseRevision`; a stale base writes nothing (409). */
export async function saveConsultation(db: Conn, ctx: EditContext, id: number, baseRevision: number, input: ConsultationInput): Promise<ConsultationRow> {
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const before = await consultationOnSite(trx, ctx.siteId, id);
    const facts = consultationFacts(before);
    if (!can(ctx.actor, 'edit', facts)) throw new EditorialError('forbidden', 'Bạn không có quyền sửa dự thảo này ở trạng thái hiện tại.');
    if (before.revision !== baseRevision) throw new StaleConsultationError(before, baseRevision);
    const slug = input.slug !== undefined && input.slug !== before.slug ? input.slug : undefined;
    if (slug !== undefined) await checkSlug(trx, ctx, slug, { ...facts, id });
    const files = await checkFiles(trx, ctx.siteId, input.attachmentIds);
    const columns = columnsOf(input);
    const saved = await updateConsultationIfUnchanged(trx, id, { status: before.status, revision: baseRevision }, {
      ...columns, revision: baseRevision + 1, updated_at: now.toISOString(), ...(slug === undefined ? {} : { slug }),
    });
    if (!saved) throw new StaleConsultationError(await consultationOnSite(trx, ctx.siteId, id), baseRevision);
    await replaceConsultationAttachments(trx, id, files);
    const changed: string[] = (Object.keys(columns) as (keyof typeof columns)[]).filter((k) => columns[k] !== before[k]);
    if (slug !== undefined) changed.push('slug');
    await auditConsultation(trx, ctx, 'consultation_saved', id, { revision: baseRevision + 1, changed }, now);
    return consultationOnSite(trx, ctx.siteId, id);
  });
}

export async function deleteConsultationDraft(db: Conn, ctx: EditContext, id: number): Promise<void> {
  const now = ctx.now ?? new Date();
  await inTransaction(db, async (trx) => {
    const row = await consultationOnSite(trx, ctx.siteId, id);
    if (!can(ctx.actor, 'delete', consultationFacts(row))) throw new EditorialError('forbidden', 'Chỉ bản nháp mới xóa được, và chỉ người tạo hoặc quản trị cổng được xóa.');
    if (!(await deleteDraftConsultationRow(trx, id))) throw new EditorialError('conflict', 'Dự thảo vừa đổi trạng thái; không xóa.');
    await auditConsultation(trx, ctx, 'consultation_deleted', id, { title: row.title, slug: row.slug }, now);
  });
}

function changesFor(t: ConsultationTransition, row: ConsultationRow, note: string | null, now: Date): ConsultationUpdate {
  if (t === 'submit') return { return_note: null };
  if (t === 'return') return { return_note: note };
  if (t === 'publish') return { published_at: row.published_at ?? now.toISOString() };
  return {};
}

/** A person moves a consultation through the workflow: checked against their role, written if the status is still as read, audited. */
export async function transitionConsultation(db: Conn, ctx: EditContext, id: number, input: { transition: ConsultationTransition; note?: string | undefined }): Promise<ConsultationRow> {
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const row = await consultationOnSite(trx, ctx.siteId, id);
    const to: ArticleStatus = applyConsultationTransition(ctx.actor, consultationFacts(row), input.transition, input.note);
    const note = input.note?.trim() || null;
    const written = await updateConsultationIfUnchanged(trx, id, { status: row.status }, { ...changesFor(input.transition, row, note, now), status: to, updated_at: now.toISOString() });
    if (!written) throw new EditorialError('conflict', 'Dự thảo vừa được người khác chuyển trạng thái; hãy tải lại.');
    await auditConsultation(trx, ctx, `workflow_${input.transition}`, id, { from: row.status, to, note }, now);
    return consultationOnSite(trx, ctx.siteId, id);
  });
}

const cannotModerate = () => new EditorialError('forbidden', 'Chỉ biên tập viên, trưởng ban biên tập và quản trị cổng được kiểm duyệt ý kiến góp ý.');

/** Approves or rejects a pending comment of a consultation of the site; audited with who and when. */
export async function moderateComment(db: Conn, ctx: EditContext, consultationId: number, commentId: number, decision: CommentDecision): Promise<ConsultationCommentRow> {
  if (!canModerateComments(ctx.actor)) throw cannotModerate();
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    await consultationOnSite(trx, ctx.siteId, consultationId);
    const comment = await findCommentById(trx, commentId);
    if (comment === undefined || comment.consultation_id !== consultationId) throw new EditorialError('not_found', 'Không tìm thấy ý kiến góp ý này.');
    const to: CommentState | undefined = decideComment(comment.state, decision);
    if (to === undefined || !(await decideCommentIfUnchanged(trx, commentId, comment.state, to, ctx.actor.userId, now.toISOString()))) {
      throw new EditorialError('conflict', 'Ý kiến này đã được kiểm duyệt; hãy tải lại danh sách.');
    }
    await auditConsultation(trx, ctx, to === 'approved' ? 'consultation_comment_approved' : 'consultation_comment_rejected', consultationId, { commentId, from: comment.state, to }, now);
    const saved = await findCommentById(trx, commentId);
    if (saved === undefined) throw new EditorialError('not_found', 'Không tìm thấy ý kiến góp ý này.');
    return saved;
  });
}

/** Saves the summary of the comments; publishing (or withdrawing) it needs the `publish` right. */
export async function saveConsultationReport(db: Conn, ctx: EditContext, id: number, input: { reportHtml: string; publish: boolean }): Promise<ConsultationRow> {
  if (!canModerateComments(ctx.actor)) throw cannotModerate();
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const row = await consultationOnSite(trx, ctx.siteId, id);
    const published = row.report_published_at !== null;
    if (input.publish !== published && !can(ctx.actor, 'publish')) {
      throw new EditorialError('forbidden', 'Chỉ trưởng ban biên tập và quản trị cổng được công bố hoặc gỡ báo cáo tổng hợp ý kiến.');
    }
    if (published && !can(ctx.actor, 'publish')) throw new EditorialError('forbidden', 'Báo cáo đã công bố chỉ trưởng ban biên tập và quản trị cổng được sửa.');
    const html = cleanHtml(input.reportHtml);
    if (input.publish && html.trim() === '') throw new EditorialError('invalid', 'Báo cáo tổng hợp ý kiến đang trống; hãy viết trước khi công bố.', 'reportHtml');
    const reportPublishedAt = input.publish ? (row.report_published_at ?? now.toISOString()) : null;
    const written = await updateConsultationIfUnchanged(trx, id, { status: row.status, revision: row.revision }, {
      report_html: html, report_published_at: reportPublishedAt, updated_at: now.toISOString(),
    });
    if (!written) throw new EditorialError('conflict', 'Dự thảo vừa được thay đổi; hãy tải lại.');
    await auditConsultation(trx, ctx, 'consultation_report_saved', id, { published: input.publish }, now);
    return consultationOnSite(trx, ctx.siteId, id);
  });
}
