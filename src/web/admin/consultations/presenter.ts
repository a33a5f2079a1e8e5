/**
 * `AdminConsultation` and `AdminComment`: a consultation's editable fields, its workflow
 * state with what this actor may do next, its phase in the calendar, its comment counts;
 * a comment with its private contact fields (staff only — the public presenter is
 * web/api/routes/consultations.ts).
 */
import type { TransitionOffer } from '../../../contract/articles.js';
import type { AdminComment, AdminConsultation, ConsultationSummary } from '../../../contract/consultations.js';
import type { CommentState, ConsultationCommentRow, ConsultationRow } from '../../../db/schema.js';
import { allowedConsultationTransitions, canModerateComments, COMMENT_STATE_LABELS, consultationPhase } from '../../../consultations/consultation-rules.js';
import { consultationFacts } from '../../../consultations/consultation-editing.js';
import { can, STATUS_LABELS, TRANSITION_LABELS, TRANSITIONS, type Actor } from '../../../editorial/workflow.js';
import { isPublic } from '../../../publishing/read-gate.js';
import type { Site } from '../../../sites/index.js';
import { consultationPath } from '../../../urls/paths.js';
import { siteOrigin } from '../../site-origin.js';

export interface ConsultationPresentContext {
  site: Site;
  actor: Actor;
  host: string | undefined;
  scheme: 'http' | 'https';
}

const phaseOf = (row: ConsultationRow) => consultationPhase({ opensOn: row.opens_on, closesOn: row.closes_on }, new Date());

function offers(actor: Actor, row: ConsultationRow): TransitionOffer[] {
  return allowedConsultationTransitions(actor, consultationFacts(row)).map((t) => ({ transition: t, label: TRANSITION_LABELS[t], needsNote: TRANSITIONS[t].needsNote === true, needsTime: false }));
}

export function presentConsultation(p: ConsultationPresentContext, row: ConsultationRow, attachmentIds: number[], counts: Record<CommentState, number>): AdminConsultation {
  const facts = consultationFacts(row);
  return {
    id: row.id,
    siteId: row.site_id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    bodyHtml: row.body_html,
    draftingBody: row.drafting_body,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    attachmentIds,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    phase: phaseOf(row),
    revision: row.revision,
    returnNote: row.return_note,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    reportHtml: row.report_html,
    reportPublishedAt: row.report_published_at,
    path: consultationPath(row.slug),
    publicUrl: isPublic(row) ? `${siteOrigin(p.site, p.host, p.scheme)}${consultationPath(row.slug)}` : null,
    commentCounts: counts,
    allowedTransitions: offers(p.actor, row),
    canEdit: can(p.actor, 'edit', facts),
    canDelete: can(p.actor, 'delete', facts),
    canModerate: canModerateComments(p.actor),
    canPublishReport: can(p.actor, 'publish'),
  };
}

export function presentConsultationSummary(row: ConsultationRow, counts: Record<CommentState, number> | undefined): ConsultationSummary {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    phase: phaseOf(row),
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    pendingComments: counts?.pending ?? 0,
    updatedAt: row.updated_at,
  };
}

export function presentAdminComment(row: ConsultationCommentRow): AdminComment {
  return {
    id: row.id,
    consultationId: row.consultation_id,
    name: row.name,
    organisation: row.organisation,
    email: row.email,
    phone: row.phone,
    address: row.address,
    body: row.body,
    receivedAt: row.received_at,
    state: row.state,
    stateLabel: COMMENT_STATE_LABELS[row.state],
    moderatedBy: row.moderated_by,
    moderatedAt: row.moderated_at,
  };
}
