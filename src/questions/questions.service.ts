/**
 * The work on citizens' questions, each step in one transaction with its audit entry:
 * a citizen's question received (tracking code, deadline in working days), assigned to a
 * unit, answered, published (slug, public text), rejected or marked as spam. The rules
 * (who, from which status) are question-rules.ts; the storage is questions.repo.ts.
 * Audit entries name the question by id and never carry the asker's details.
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit, type AuditAction } from '../audit/audit.js';
import type { QuestionFormInput } from '../contract/questions.js';
import type { Database, QuestionRow, QuestionStatus, QuestionUpdate } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { EditContext } from '../editorial/editing.js';
import { EditorialError } from '../editorial/errors.js';
import { sanitizeRichText } from '../html/sanitize.js';
import { escapeHtml } from '../search/highlight.js';
import { slugify, uniqueSlug } from '../text/index.js';
import { addWorkingDays, vietnamDay } from '../time/working-days.js';
import { canMove, canOnQuestions, makeTrackingCode, plainTextParagraphs, QUESTION_STATUS_LABELS, type QuestionTransition } from './question-rules.js';
import {
  deadlineDaysOf,
  findQuestion,
  insertQuestion,
  isQuestionSlugTaken,
  isTrackingCodeTaken,
  setDeadlineDays,
  updateQuestionIfUnchanged,
} from './questions.repo.js';

type Conn = Kysely<Database>;

/** Addresses under /hoi-dap the system uses itself, which a question's slug may not take. */
const RESERVED_QUESTION_SLUGS: ReadonlySet<string> = new Set(['gui-cau-hoi', 'tra-cuu', 'rss']);

const TRANSITION_LABELS: Record<QuestionTransition, string> = { assign: 'giao xử lý', answer: 'trả lời', publish: 'đăng', reject: 'từ chối' };

export const questionNotFound = (): EditorialError => new EditorialError('not_found', 'Không tìm thấy câu hỏi trên cổng thông tin này.');

export interface Received {
  trackingCode: string;
  deadline: string;
}

/** Saves a citizen's question (already validated) and audits its receipt. */
export async function receiveQuestion(db: Conn, siteId: number, input: QuestionFormInput, meta: { ip: string | null; now?: Date }): Promise<Received> {
  const now = meta.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const deadline = addWorkingDays(vietnamDay(now), await deadlineDaysOf(trx, siteId));
    let code = makeTrackingCode((bound) => crypto.randomInt(bound));
    while (await isTrackingCodeTaken(trx, code)) code = makeTrackingCode((bound) => crypto.randomInt(bound));
    const row = await insertQuestion(trx, {
      site_id: siteId,
      kind: input.kind,
      field: input.field,
      title: input.title,
      question_text: input.text,
      asker_name: input.name,
      asker_email: input.email,
      asker_phone: input.phone,
      asker_address: input.address,
      tracking_code: code,
      received_at: now.toISOString(),
      deadline,
      status: 'received',
      updated_at: now.toISOString(),
    });
    await recordAudit(trx, { action: 'question_received', siteId, objectType: 'question', objectId: row.id, ip: meta.ip, details: { kind: input.kind, field: input.field } }, now);
    return { trackingCode: code, deadline };
  });
}

/** The question and the public HTML it is published as: the question's paragraphs, escaped, then the answer. */
export function publicBodyHtml(row: Pick<QuestionRow, 'question_text' | 'answer_html'>): string {
  const question = plainTextParagraphs(row.question_text).map((p) => `<p>${escapeHtml(p).split('\n').join('<br>')}</p>`).join('');
  return `${question}${row.answer_html ?? ''}`;
}

async function move(
  db: Conn,
  ctx: EditContext,
  id: number,
  transition: QuestionTransition,
  change: (row: QuestionRow, trx: Conn, now: Date) => Promise<QuestionUpdate & { status: QuestionStatus }>,
  details: (row: QuestionRow) => Record<string, unknown>,
): Promise<QuestionRow> {
  const now = ctx.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const row = await findQuestion(trx, ctx.siteId, id);
    if (row === undefined) throw questionNotFound();
    if (!canOnQuestions(ctx.actor, transition)) throw new EditorialError('forbidden', `Bạn không có quyền ${TRANSITION_LABELS[transition]} câu hỏi.`);
    if (!canMove(row.status, transition)) {
      throw new EditorialError('conflict', `Không thể ${TRANSITION_LABELS[transition]} câu hỏi đang ở trạng thái "${QUESTION_STATUS_LABELS[row.status]}".`);
    }
    const changes = await change(row, trx, now);
    const saved = await updateQuestionIfUnchanged(trx, id, { status: row.status, revision: row.revision }, { ...changes, updated_at: now.toISOString() });
    if (saved === undefined) throw new EditorialError('conflict', 'Câu hỏi vừa được người khác thay đổi; hãy tải lại rồi làm lại.');
    const action: AuditAction = `question_${transition === 'reject' ? changes.status : `${transition}ed`}` as AuditAction;
    await recordAudit(trx, { action, actorId: ctx.actor.userId, actorName: ctx.actorName, siteId: ctx.siteId, objectType: 'question', objectId: id, ip: ctx.ip ?? null, details: { from: row.status, to: saved.status, ...details(saved) } }, now);
    return saved;
  });
}

export function assignQuestion(db: Conn, ctx: EditContext, id: number, input: { unit: string; assignee: string | null }): Promise<QuestionRow> {
  return move(db, ctx, id, 'assign', () => Promise.resolve({ status: 'assigned', assigned_unit: input.unit, assignee: input.assignee }), (r) => ({ unit: r.assigned_unit }));
}

export function answerQuestion(db: Conn, ctx: EditContext, id: number, input: { answerHtml: string }): Promise<QuestionRow> {
  const answer = sanitizeRichText(input.answerHtml);
  if (answer.trim() === '') throw new EditorialError('invalid', 'Hãy viết câu trả lời.', 'answerHtml');
  return move(
    db, ctx, id, 'answer',
    (row, _trx, now) => Promise.resolve({ status: 'answered', answer_html: answer, answered_at: row.answered_at ?? now.toISOString(), answered_by: ctx.actor.userId }),
    () => ({}),
  );
}

export function publishQuestion(db: Conn, ctx: EditContext, id: number): Promise<QuestionRow> {
  return move(
    db, ctx, id, 'publish',
    async (row, trx, now) => ({
      status: 'published',
      published_at: now.toISOString(),
      slug: row.slug ?? (await uniqueSlug(slugify(row.title, 100) || 'hoi-dap', async (s) => RESERVED_QUESTION_SLUGS.has(s) || (await isQuestionSlugTaken(trx, ctx.siteId, s)))),
      body_html: publicBodyHtml(row),
    }),
    (r) => ({ slug: r.slug }),
  );
}

export function rejectQuestion(db: Conn, ctx: EditContext, id: number, input: { note: string; spam: boolean }): Promise<QuestionRow> {
  return move(db, ctx, id, 'reject', () => Promise.resolve({ status: input.spam ? 'spam' : 'rejected', status_note: input.note }), () => ({}));
}

/** Changes the site's deadline in working days (questions received from now on), audited. */
export async function changeDeadlineDays(db: Conn, ctx: EditContext, days: number): Promise<number> {
  if (!canOnQuestions(ctx.actor, 'settings')) throw new EditorialError('forbidden', 'Chỉ quản trị cổng thay đổi được thời hạn trả lời.');
  return inTransaction(db, async (trx) => {
    const before = await deadlineDaysOf(trx, ctx.siteId);
    await setDeadlineDays(trx, ctx.siteId, days);
    await recordAudit(trx, { action: 'settings_changed', actorId: ctx.actor.userId, actorName: ctx.actorName, siteId: ctx.siteId, ip: ctx.ip ?? null, details: { fields: ['questionDeadlineDays'], before, after: days } }, ctx.now);
    return days;
  });
}
