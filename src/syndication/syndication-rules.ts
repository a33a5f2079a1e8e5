/**
 * The rules of syndication (SPEC §1), pure: no I/O. A district's approver proposes one
 * of its published articles to the parent site; the parent's approver accepts it (a
 * note is optional) or declines it (a note is required); the district may retract a
 * proposal, pending or accepted. Nothing of the article is copied: the parent shows the
 * source row as it stands now, through the read gate.
 *
 *   proposed ─accept (note?)→ accepted ─retract→ retracted
 *      │  └──decline (note)→ declined
 *      └─retract→ retracted
 *
 * Declined and retracted proposals are history: the article may be proposed again.
 */
import type { ArticleStatus, SyndicationState } from '../db/schema.js';
import { DomainError } from '../errors/domain-error.js';
import type { Actor } from '../editorial/workflow.js';
import type { SiteRole } from '../editorial/roles.js';

export type SyndicationAction = 'propose' | 'accept' | 'decline' | 'retract';

/** Whose site the action is done on: the source (the district) or the target (its parent). */
export const ACTION_SIDE: Readonly<Record<SyndicationAction, 'source' | 'target'>> = {
  propose: 'source',
  retract: 'source',
  accept: 'target',
  decline: 'target',
};

/** The roles that answer for what a site publishes (SPEC: the approver is legally accountable). */
export const SYNDICATION_ROLES: readonly SiteRole[] = ['approver', 'site_admin'];

interface Move {
  from: readonly SyndicationState[];
  to: SyndicationState;
}

export const SYNDICATION_MOVES: Readonly<Record<Exclude<SyndicationAction, 'propose'>, Move>> = {
  accept: { from: ['proposed'], to: 'accepted' },
  decline: { from: ['proposed'], to: 'declined' },
  retract: { from: ['proposed', 'accepted'], to: 'retracted' },
};

/** States in which a proposal still stands (at most one per article and target). */
export const LIVE_STATES: readonly SyndicationState[] = ['proposed', 'accepted'];

export const STATE_LABELS: Readonly<Record<SyndicationState, string>> = {
  proposed: 'Chờ cổng cấp trên xem xét',
  accepted: 'Đã được nhận đăng',
  declined: 'Bị từ chối',
  retracted: 'Đã rút đề xuất',
};

const ACTION_LABELS: Readonly<Record<SyndicationAction, string>> = {
  propose: 'đề xuất tin bài lên cổng cấp trên',
  accept: 'nhận đăng tin bài được đề xuất',
  decline: 'từ chối tin bài được đề xuất',
  retract: 'rút đề xuất tin bài',
};

/** The longest note the parent may write. */
export const NOTE_MAX = 1000;

export type SyndicationErrorCode = 'forbidden' | 'no_parent' | 'not_published' | 'already_live' | 'wrong_state' | 'note_required' | 'not_found';

/** A refused syndication step, with the Vietnamese reason; the kind maps it to 403/404/409/400 once (src/errors). */
export class SyndicationError extends DomainError<SyndicationErrorCode> {
  constructor(code: SyndicationErrorCode, message: string) {
    super(...refusal(code, message));
    this.name = 'SyndicationError';
  }
}

function refusal(code: SyndicationErrorCode, message: string): ConstructorParameters<typeof DomainError<SyndicationErrorCode>> {
  switch (code) {
    case 'forbidden':
      return ['forbidden', code, message];
    case 'not_found':
      return ['not-found', code, message];
    case 'note_required':
      return ['invalid', code, message, { fields: [{ field: 'note', message }] }];
    case 'no_parent':
    case 'not_published':
    case 'already_live':
    case 'wrong_state':
      return ['conflict', code, message, { title: 'Không thực hiện được' }];
  }
}

/** Whether the actor answers for what its site publishes (approver, site admin, or system admin). */
export function maySyndicate(actor: Actor): boolean {
  if (actor.isSystemAdmin) return true;
  return actor.role !== undefined && SYNDICATION_ROLES.includes(actor.role);
}

/** Throws unless the actor may do `action` on the site it acts on. */
export function checkRight(actor: Actor, action: SyndicationAction): void {
  if (!maySyndicate(actor)) {
    throw new SyndicationError('forbidden', `Chỉ trưởng ban biên tập hoặc quản trị cổng mới được ${ACTION_LABELS[action]}.`);
  }
}

/** The site a proposal goes to: the source site's parent; a root site has none. */
export function targetOf(source: { parentId: number | null }): number {
  if (source.parentId === null) {
    throw new SyndicationError('no_parent', 'Cổng này không có cổng cấp trên nên không đề xuất tin bài lên được.');
  }
  return source.parentId;
}

/** Only an article the public sees now (the read gate) may be proposed. */
export function checkProposable(article: { status: ArticleStatus }, isPublicNow: boolean): void {
  if (isPublicNow) return;
  const why = article.status === 'withdrawn' ? 'đã bị thu hồi' : article.status === 'unpublished' ? 'đã bị gỡ xuống' : 'chưa được đăng';
  throw new SyndicationError('not_published', `Tin bài ${why}: chỉ tin bài đang đăng công khai mới đề xuất lên cổng cấp trên được.`);
}

/** A live proposal already stands for this article and target. */
export function alreadyLive(state: SyndicationState): SyndicationError {
  return new SyndicationError(
    'already_live',
    state === 'accepted' ? 'Tin bài này đã được cổng cấp trên nhận đăng.' : 'Tin bài này đã được đề xuất và đang chờ cổng cấp trên xem xét.',
  );
}

/** Checks one move from the proposal's present state and returns the new state. */
export function applyMove(actor: Actor, state: SyndicationState, action: Exclude<SyndicationAction, 'propose'>, note: string | null): SyndicationState {
  checkRight(actor, action);
  const move = SYNDICATION_MOVES[action];
  if (!move.from.includes(state)) {
    throw new SyndicationError('wrong_state', `Không thể ${ACTION_LABELS[action]}: đề xuất đang ở trạng thái "${STATE_LABELS[state]}". Hãy tải lại danh sách.`);
  }
  if (action === 'decline' && (note ?? '').trim() === '') {
    throw new SyndicationError('note_required', 'Khi từ chối, hãy ghi rõ lý do để cổng đề xuất được biết.');
  }
  return move.to;
}

/** The moves this actor may make on a proposal, seen from `side` (the interface shows only these). */
export function allowedMoves(actor: Actor, state: SyndicationState, side: 'source' | 'target'): Exclude<SyndicationAction, 'propose'>[] {
  if (!maySyndicate(actor)) return [];
  return (Object.keys(SYNDICATION_MOVES) as Exclude<SyndicationAction, 'propose'>[]).filter(
    (a) => ACTION_SIDE[a] === side && SYNDICATION_MOVES[a].from.includes(state),
  );
}
