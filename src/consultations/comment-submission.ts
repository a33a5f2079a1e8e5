/**
 * A citizen's comment on a draft, as the public form sends it: accepted only while the
 * consultation is public and open (by Vietnam days), saved as pending for a moderator,
 * nothing written otherwise. The form's anti-spam checks happen before, in the web layer.
 */
import type { Kysely } from 'kysely';
import type { CommentForm } from '../contract/consultations.js';
import { COMMENT_FIELDS } from '../contract/consultations.js';
import type { ConsultationCommentRow, ConsultationRow, Database } from '../db/schema.js';
import { DomainError } from '../errors/domain-error.js';
import { consultationPhase } from './consultation-rules.js';
import { insertComment } from './consultations.repo.js';

export type NotTakingComments = DomainError<'consultation_not_open'>;

/** Why a consultation takes no comment now, or undefined while it does. */
export function refusalOf(row: ConsultationRow, now: Date): NotTakingComments | undefined {
  const phase = consultationPhase({ opensOn: row.opens_on, closesOn: row.closes_on }, now);
  if (phase === 'open') return undefined;
  const message =
    phase === 'closed'
      ? 'Dự thảo này đã hết thời gian lấy ý kiến nên không nhận thêm góp ý. Ý kiến của bạn chưa được gửi.'
      : 'Dự thảo này chưa đến thời gian lấy ý kiến. Ý kiến của bạn chưa được gửi; vui lòng gửi trong thời gian lấy ý kiến.';
  return new DomainError('conflict', 'consultation_not_open', message, { title: phase === 'closed' ? 'Đã kết thúc lấy ý kiến' : 'Chưa bắt đầu lấy ý kiến' });
}

/** Saves the comment as pending on an open consultation (a 409 DomainError otherwise). */
export async function submitComment(db: Kysely<Database>, consultation: ConsultationRow, form: CommentForm, now: Date): Promise<ConsultationCommentRow> {
  const refusal = refusalOf(consultation, now);
  if (refusal !== undefined) throw refusal;
  return insertComment(db, {
    consultation_id: consultation.id,
    name: form[COMMENT_FIELDS.name],
    organisation: form[COMMENT_FIELDS.organisation],
    email: form[COMMENT_FIELDS.email],
    phone: form[COMMENT_FIELDS.phone],
    address: form[COMMENT_FIELDS.address],
    body: form[COMMENT_FIELDS.body],
    received_at: now.toISOString(),
  });
}
