/**
 * Topics (chuyên đề): who may do what, and an article's membership as a state machine.
 * Pure: no I/O. The service loads the facts and asks here; the admin shows what these allow.
 *
 * Owners: a system topic (no site) is owned by the system administrators; a site topic
 * by its site's approvers and site administrators (and the system administrators).
 * The article's side: the approvers and site administrators of the ARTICLE's site (and
 * the system administrators) add its published articles. Contributors and editors
 * do neither.
 *
 *   (none) ─add by the topic's owner→ accepted
 *   (none) ─add by the article's side→ proposed ─accept (owner)→ accepted
 *                                          └─decline (owner, note)→ declined ─add again→ proposed | accepted
 *   proposed | accepted | declined ─remove (owner or the article's side)→ (none)
 */
import type { TopicArticleState } from '../db/schema.js';
import type { SiteRole } from '../editorial/roles.js';
import { DomainError, type ErrorKind } from '../errors/domain-error.js';

/** Who is acting, with every site role they hold (a topic spans sites). */
export interface TopicActor {
  userId: number;
  isSystemAdmin: boolean;
  roles: readonly { siteId: number; role: SiteRole }[];
}

/** The roles that answer for what a site publishes (SPEC: the approver is legally accountable). */
const ACCOUNTABLE: readonly SiteRole[] = ['approver', 'site_admin'];

function accountableOn(actor: TopicActor, siteId: number): boolean {
  return actor.roles.some((r) => r.siteId === siteId && ACCOUNTABLE.includes(r.role));
}

/** Whether the actor owns a topic of this site (null: a system topic): creates, edits, accepts and declines. */
export function ownsTopic(actor: TopicActor, topicSiteId: number | null): boolean {
  if (actor.isSystemAdmin) return true;
  return topicSiteId !== null && accountableOn(actor, topicSiteId);
}

/** Whether the actor may add articles of this site to topics (and take them out again). */
export function answersForArticles(actor: TopicActor, articleSiteId: number): boolean {
  return actor.isSystemAdmin || accountableOn(actor, articleSiteId);
}

/** Whether the actor works with topics at all: lists the system's topics and adds articles to them. */
export function worksWithTopics(actor: TopicActor): boolean {
  return actor.isSystemAdmin || actor.roles.some((r) => ACCOUNTABLE.includes(r.role));
}

/** Whether the actor sees a membership in the admin: owners see all; the article's side sees its own site's. */
export function seesMembership(actor: TopicActor, topicSiteId: number | null, articleSiteId: number, state: TopicArticleState): boolean {
  return state === 'accepted' || ownsTopic(actor, topicSiteId) || answersForArticles(actor, articleSiteId);
}

export type TopicErrorCode =
  | 'forbidden'
  | 'not_found'
  | 'slug_taken'
  | 'not_published'
  | 'already_member'
  | 'not_proposed'
  | 'note_required'
  | 'image_invalid'
  | 'concurrent_change';

const KIND: Record<TopicErrorCode, ErrorKind> = {
  forbidden: 'forbidden',
  not_found: 'not-found',
  slug_taken: 'conflict',
  not_published: 'conflict',
  already_member: 'conflict',
  not_proposed: 'conflict',
  note_required: 'invalid',
  image_invalid: 'invalid',
  concurrent_change: 'conflict',
};

/** A refusal of the topics' rules, with a Vietnamese message a person can act on. */
export class TopicError extends DomainError<TopicErrorCode> {
  constructor(code: TopicErrorCode, message: string, field?: string) {
    super(KIND[code], code, message, { fields: field === undefined ? undefined : [{ field, message }] });
    this.name = 'TopicError';
  }
}

export const MEMBERSHIP_LABELS: Record<TopicArticleState, string> = {
  proposed: 'Chờ chấp nhận',
  accepted: 'Đã nhận vào chuyên đề',
  declined: 'Không nhận',
};

/** The facts of adding an article: the topic's site, the article's, whether it is public now, its membership if any. */
export interface JoinFacts {
  topicSiteId: number | null;
  articleSiteId: number;
  articlePublic: boolean;
  current: TopicArticleState | undefined;
}

/** The state an added article takes, or why it cannot be added. */
export function joinState(actor: TopicActor, facts: JoinFacts): 'accepted' | 'proposed' {
  if (!answersForArticles(actor, facts.articleSiteId)) {
    throw new TopicError('forbidden', 'Chỉ trưởng ban biên tập hoặc quản trị của cổng đăng tin bài mới được đưa tin bài vào chuyên đề.');
  }
  if (!facts.articlePublic) {
    throw new TopicError('not_published', 'Chỉ đưa được tin bài đang đăng công khai vào chuyên đề. Hãy đăng tin bài trước.', 'articleId');
  }
  if (facts.current === 'accepted') throw new TopicError('already_member', 'Tin bài đã có trong chuyên đề này.', 'articleId');
  if (facts.current === 'proposed') throw new TopicError('already_member', 'Tin bài đã được đề xuất vào chuyên đề này và đang chờ chấp nhận.', 'articleId');
  return ownsTopic(actor, facts.topicSiteId) ? 'accepted' : 'proposed';
}

export type Decision = 'accept' | 'decline';

/** The owner's answer to a proposal: the new state, or why not. Declining needs a note for the proposer. */
export function decide(actor: TopicActor, topicSiteId: number | null, current: TopicArticleState, decision: Decision, note: string | undefined): TopicArticleState {
  if (!ownsTopic(actor, topicSiteId)) {
    throw new TopicError('forbidden', topicSiteId === null ? 'Chỉ quản trị hệ thống mới được chấp nhận hoặc từ chối tin bài của chuyên đề chung.' : 'Chỉ trưởng ban biên tập hoặc quản trị của cổng sở hữu chuyên đề mới được chấp nhận hoặc từ chối tin bài.');
  }
  if (current !== 'proposed') {
    throw new TopicError('not_proposed', `Tin bài không ở trạng thái "${MEMBERSHIP_LABELS.proposed}" (nay: "${MEMBERSHIP_LABELS[current]}"), nên không thể chấp nhận hay từ chối.`);
  }
  if (decision === 'decline' && (note ?? '').trim() === '') throw new TopicError('note_required', 'Cần ghi rõ lý do không nhận tin bài để cổng đề xuất được biết.', 'note');
  return decision === 'accept' ? 'accepted' : 'declined';
}

/** Whether the actor may take an article out of a topic: the topic's owner or the article's side. */
export function mayRemove(actor: TopicActor, topicSiteId: number | null, articleSiteId: number): boolean {
  return ownsTopic(actor, topicSiteId) || answersForArticles(actor, articleSiteId);
}

/** "2022-11-15" – "2022-12-15": the end may not come before the start. */
export function datesInOrder(startsOn: string | null, endsOn: string | null): boolean {
  return startsOn === null || endsOn === null || startsOn <= endsOn;
}
