/**
 * The publishing workflow (SPEC §4) as one state machine, and who may do what on a
 * site as one table. Pure: no I/O. The server checks every request against it and
 * the admin interface offers only what `allowedActions` returns.
 *
 *   draft ─submit→ submitted ─approve→ approved ─publish→ published ─unpublish→ unpublished
 *     ↑                │  ↑                │   └─schedule→ scheduled ─(job)→ published
 *     └──── returned ←─┴──┼─return─────────┘                 └─unschedule→ approved
 *            (note)       └─────── resubmit (submit) ─────────┘
 *   published ─withdraw (public note)→ withdrawn;  unpublished ─reopen→ draft
 *   published ─(job at unpublishAt)→ unpublished
 *
 * A job "(job)" is the scheduler acting for the account that scheduled it: when it
 * fires, that account must still hold the right (SCHEDULED_TRANSITIONS).
 */
import type { ArticleStatus, JobKind } from '../db/schema.js';
import { DomainError } from '../errors/domain-error.js';
import type { SiteRole } from './roles.js';

export type Transition =
  | 'submit'
  | 'return'
  | 'approve'
  | 'publish'
  | 'schedule'
  | 'unschedule'
  | 'unpublish'
  | 'withdraw'
  | 'reopen';

/** Everything a person can do to an article besides moving it through the workflow. */
/** `feature`: place an article on the home page (featured, its order and end time); `change_slug`: change its URL. */
export type ArticleAction = Transition | 'create' | 'edit' | 'delete' | 'view' | 'set_royalty' | 'feature' | 'change_slug';

/** Site-level actions that are not about one article. */
export type SiteAction = 'manage_categories' | 'manage_staff' | 'manage_settings' | 'view_audit' | 'upload_media' | 'view_royalty_report'
  /** The yearly statistics (items, update frequency, views per category): for site administrators. */
  | 'view_statistics';

export type Action = ArticleAction | SiteAction;

interface TransitionRule {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  /** A note is required (returned: for the author; withdrawn: shown to the public). */
  needsNote?: boolean;
  /** A future time is required. */
  needsTime?: boolean;
}

export const TRANSITIONS: Record<Transition, TransitionRule> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  return: { from: ['submitted', 'approved'], to: 'returned', needsNote: true },
  approve: { from: ['submitted'], to: 'approved' },
  publish: { from: ['approved'], to: 'published' },
  schedule: { from: ['approved'], to: 'scheduled', needsTime: true },
  unschedule: { from: ['scheduled'], to: 'approved' },
  unpublish: { from: ['published'], to: 'unpublished' },
  withdraw: { from: ['published'], to: 'withdrawn', needsNote: true },
  reopen: { from: ['unpublished'], to: 'draft' },
};

/**
 * What a scheduled job does when it fires: from the state the schedule left, with the
 * right of the person's transition of the same name, held by the scheduling account
 * at that moment (not merely when it scheduled).
 */
export const SCHEDULED_TRANSITIONS: Readonly<Record<JobKind, { right: Transition; from: ArticleStatus; to: ArticleStatus }>> = {
  publish: { right: 'publish', from: 'scheduled', to: 'published' },
  unpublish: { right: 'unpublish', from: 'published', to: 'unpublished' },
};

/**
 * In which states the text may still be changed. A published text is changed only by an
 * approver; an editor may still feature it or change its slug, which are not its text (editing.ts).
 */
export const EDITABLE_STATES: Readonly<Record<SiteRole, readonly ArticleStatus[]>> = {
  contributor: ['draft', 'returned'],
  editor: ['draft', 'returned', 'submitted'],
  approver: ['draft', 'returned', 'submitted', 'approved', 'scheduled', 'published'],
  site_admin: ['draft', 'returned', 'submitted', 'approved', 'scheduled', 'published'],
};

/** The permission table: what each role may do on its own site. */
export const PERMISSIONS: Readonly<Record<SiteRole, readonly Action[]>> = {
  contributor: ['view', 'create', 'edit', 'delete', 'submit', 'upload_media'],
  editor: ['view', 'create', 'edit', 'delete', 'submit', 'return', 'feature', 'change_slug', 'upload_media'],
  approver: [
    'view', 'create', 'edit', 'delete', 'submit', 'return', 'approve', 'publish', 'schedule', 'unschedule',
    'unpublish', 'withdraw', 'reopen', 'set_royalty', 'feature', 'change_slug', 'upload_media', 'view_royalty_report',
  ],
  site_admin: [
    'view', 'create', 'edit', 'delete', 'submit', 'return', 'approve', 'publish', 'schedule', 'unschedule',
    'unpublish', 'withdraw', 'reopen', 'set_royalty', 'feature', 'change_slug', 'upload_media', 'view_royalty_report',
    'manage_categories', 'manage_staff', 'manage_settings', 'view_audit',
    'view_statistics',
  ],
};

/** Who is acting: roles on the article's site, or system admin. */
export interface Actor {
  userId: number;
  isSystemAdmin: boolean;
  /** The actor's role on the site in question, if any. */
  role: SiteRole | undefined;
}

export interface ArticleFacts {
  status: ArticleStatus;
  /** The account that created the article. */
  createdBy: number | null;
}

/** Contributors act only on their own articles; deleting is only for drafts nobody has reviewed. */
export function can(actor: Actor, action: Action, article?: ArticleFacts): boolean {
  const role: SiteRole | undefined = actor.isSystemAdmin ? 'site_admin' : actor.role;
  if (role === undefined) return false;
  if (!PERMISSIONS[role].includes(action)) return false;
  if (article === undefined) return true;
  const own = article.createdBy === actor.userId;
  if (role === 'contributor' && !own) return false;
  if (action === 'edit') return EDITABLE_STATES[role].includes(article.status);
  if (action === 'delete') return article.status === 'draft' && (own || role === 'site_admin');
  if (action in TRANSITIONS) return TRANSITIONS[action as Transition].from.includes(article.status);
  return true;
}

/** The transitions the interface should offer this actor for this article. */
export function allowedTransitions(actor: Actor, article: ArticleFacts): Transition[] {
  return (Object.keys(TRANSITIONS) as Transition[]).filter((t) => can(actor, t, article));
}

export type WorkflowErrorCode = 'forbidden' | 'invalid_transition' | 'note_required' | 'time_required';

/** A refused transition: no right, the wrong state, or a missing note or time. */
export class WorkflowError extends DomainError<WorkflowErrorCode> {
  constructor(code: WorkflowErrorCode, message: string) {
    super(...workflowRefusal(code, message));
    this.name = 'WorkflowError';
  }
}

function workflowRefusal(code: WorkflowErrorCode, message: string): ConstructorParameters<typeof DomainError<WorkflowErrorCode>> {
  switch (code) {
    case 'forbidden':
      return ['forbidden', code, message];
    case 'invalid_transition':
      return ['conflict', code, message, { title: 'Không đúng trạng thái' }];
    case 'note_required':
      return ['invalid', code, message, { fields: [{ field: 'note', message }] }];
    case 'time_required':
      return ['invalid', code, message, { fields: [{ field: 'at', message }] }];
  }
}

/** Checks one transition and returns the new state, or throws a WorkflowError saying why not. */
export function applyTransition(
  actor: Actor,
  article: ArticleFacts,
  transition: Transition,
  input: { note?: string | undefined; at?: string | undefined; now: Date },
): ArticleStatus {
  const rule = TRANSITIONS[transition];
  if (!rule.from.includes(article.status)) {
    throw new WorkflowError('invalid_transition', `Không thể "${TRANSITION_LABELS[transition]}" tin bài đang ở trạng thái "${STATUS_LABELS[article.status]}".`);
  }
  if (!can(actor, transition, article)) {
    throw new WorkflowError('forbidden', `Bạn không có quyền "${TRANSITION_LABELS[transition]}" tin bài này.`);
  }
  if (rule.needsNote && (input.note ?? '').trim().length === 0) {
    throw new WorkflowError('note_required', 'Cần ghi rõ lý do.');
  }
  if (rule.needsTime) {
    const at = input.at === undefined ? Number.NaN : Date.parse(input.at);
    if (Number.isNaN(at) || at <= input.now.getTime()) {
      throw new WorkflowError('time_required', 'Thời điểm hẹn giờ phải là một thời điểm trong tương lai.');
    }
  }
  return rule.to;
}

/**
 * Checks a scheduled job as it fires, for the account that scheduled it as it stands
 * then (no role once disabled), and returns the new state, or throws a WorkflowError
 * saying why not.
 */
export function applyScheduledTransition(scheduledBy: Actor, article: ArticleFacts, kind: JobKind): ArticleStatus {
  const rule = SCHEDULED_TRANSITIONS[kind];
  const label = TRANSITION_LABELS[rule.right];
  if (article.status !== rule.from) {
    throw new WorkflowError('invalid_transition', `Tin bài không còn ở trạng thái "${STATUS_LABELS[rule.from]}" (nay: "${STATUS_LABELS[article.status]}"), nên không "${label}" theo giờ hẹn.`);
  }
  if (!can(scheduledBy, rule.right)) {
    throw new WorkflowError(
      'forbidden',
      `Không "${label}" theo giờ hẹn: tài khoản đã hẹn giờ nay không còn quyền "${label}" trên cổng này (hoặc không còn hoạt động). ` +
        `Tin bài vẫn ở trạng thái "${STATUS_LABELS[rule.from]}"; người có quyền hãy thực hiện lại.`,
    );
  }
  return rule.to;
}

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Bản nháp',
  submitted: 'Chờ biên tập',
  returned: 'Bị trả lại',
  approved: 'Đã duyệt',
  scheduled: 'Hẹn giờ đăng',
  published: 'Đã đăng',
  unpublished: 'Đã gỡ',
  withdrawn: 'Đã thu hồi',
};

export const TRANSITION_LABELS: Record<Transition, string> = {
  submit: 'Gửi duyệt',
  return: 'Trả lại',
  approve: 'Duyệt',
  publish: 'Đăng',
  schedule: 'Hẹn giờ đăng',
  unschedule: 'Hủy hẹn giờ',
  unpublish: 'Gỡ bài',
  withdraw: 'Thu hồi',
  reopen: 'Mở lại để sửa',
};
