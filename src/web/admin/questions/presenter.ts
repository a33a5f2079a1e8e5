/**
 * The editorial API's answers for citizens' questions: the summary of a list, and
 * `AdminQuestion` with the asker's details (staff with the right only), what this actor
 * may do next, and its public URL once published.
 */
import type { AdminQuestion, QuestionSummary } from '../../../contract/questions.js';
import type { QuestionRow } from '../../../db/schema.js';
import type { Actor } from '../../../editorial/workflow.js';
import { fieldName } from '../../../questions/fields.js';
import { allowedQuestionActions, isOverdue, QUESTION_STATUS_LABELS } from '../../../questions/question-rules.js';
import type { Site } from '../../../sites/index.js';
import { questionPath } from '../../../urls/paths.js';
import { siteOrigin } from '../../site-origin.js';

export function presentQuestionSummary(row: QuestionRow, today: string): QuestionSummary {
  return {
    id: row.id,
    kind: row.kind,
    field: row.field,
    fieldName: fieldName(row.field),
    title: row.title,
    status: row.status,
    statusLabel: QUESTION_STATUS_LABELS[row.status],
    receivedAt: row.received_at,
    deadline: row.deadline,
    overdue: isOverdue(row, today),
    assignedUnit: row.assigned_unit,
  };
}

export interface QuestionPresentContext {
  site: Site;
  actor: Actor;
  host: string | undefined;
  scheme: 'http' | 'https';
  today: string;
  answeredByName: string | null;
}

export function presentQuestion(p: QuestionPresentContext, row: QuestionRow): AdminQuestion {
  return {
    ...presentQuestionSummary(row, p.today),
    questionText: row.question_text,
    asker: { name: row.asker_name, email: row.asker_email, phone: row.asker_phone, address: row.asker_address },
    assignee: row.assignee,
    answerHtml: row.answer_html,
    answeredAt: row.answered_at,
    answeredBy: p.answeredByName,
    statusNote: row.status_note,
    publishedAt: row.published_at,
    publicUrl: row.status === 'published' && row.slug !== null ? `${siteOrigin(p.site, p.host, p.scheme)}${questionPath(row.slug)}` : null,
    revision: row.revision,
    allowedActions: allowedQuestionActions(p.actor, row.status),
  };
}
