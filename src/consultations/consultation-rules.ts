/**
 * The pure rules of consultations on drafts: when a draft takes comments (its open and
 * close days are Vietnam calendar days, open from the start of the first to the end of
 * the last), how many days remain, which workflow steps it takes (a static page's:
 * pages/page-workflow.ts), and who moderates comments. No I/O.
 */
import type { CommentState } from '../db/schema.js';
import type { SiteRole } from '../editorial/roles.js';
import type { Actor } from '../editorial/workflow.js';
import { vietnamDayBounds, vietnamDayOf } from '../time/vietnam-time.js';

export {
  PAGE_TRANSITIONS as CONSULTATION_TRANSITIONS,
  allowedPageTransitions as allowedConsultationTransitions,
  applyPageTransition as applyConsultationTransition,
  type PageTransition as ConsultationTransition,
} from '../pages/page-workflow.js';

/** Where a consultation stands in its calendar. */
export type ConsultationPhase = 'upcoming' | 'open' | 'closed';

export interface ConsultationDates {
  opensOn: string;
  closesOn: string;
}

/** upcoming before the open day starts in Vietnam, open until the close day ends, closed after. */
export function consultationPhase(dates: ConsultationDates, now: Date): ConsultationPhase {
  const today = vietnamDayOf(now);
  if (today < dates.opensOn) return 'upcoming';
  if (today > dates.closesOn) return 'closed';
  return 'open';
}

/** Whole Vietnam days from today to the close day (0 on the close day itself; negative once closed). */
export function daysLeft(dates: Pick<ConsultationDates, 'closesOn'>, now: Date): number {
  const today = vietnamDayBounds(vietnamDayOf(now));
  const last = vietnamDayBounds(dates.closesOn);
  if (today === undefined || last === undefined) return 0;
  return Math.round((last.first - today.first) / 86_400_000);
}

/** The close day may not come before the open day (both existing days). */
export function datesInOrder(dates: ConsultationDates): boolean {
  return vietnamDayBounds(dates.opensOn) !== undefined && vietnamDayBounds(dates.closesOn) !== undefined && dates.closesOn >= dates.opensOn;
}

/**
 * Who moderates citizens' comments (approves, rejects) and writes the summary of them:
 * editors and above, by the roles of the article permission table; a contributor writes
 * drafts but decides nothing public. Publishing the summary needs the `publish` right.
 */
export const COMMENT_MODERATOR_ROLES: readonly SiteRole[] = ['editor', 'approver', 'site_admin'];

export function canModerateComments(actor: Actor): boolean {
  if (actor.isSystemAdmin) return true;
  return actor.role !== undefined && COMMENT_MODERATOR_ROLES.includes(actor.role);
}

export type CommentDecision = 'approve' | 'reject';

export const COMMENT_STATE_LABELS: Record<CommentState, string> = {
  pending: 'Chờ kiểm duyệt',
  approved: 'Đã duyệt',
  rejected: 'Không duyệt',
};

/** pending → approved | rejected; a decided comment stays as decided. */
export function decideComment(state: CommentState, decision: CommentDecision): CommentState | undefined {
  if (state !== 'pending') return undefined;
  return decision === 'approve' ? 'approved' : 'rejected';
}
