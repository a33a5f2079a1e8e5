/**
 * The rules of a citizen's question, pure (no I/O):
 *
 *   received ─assign→ assigned ─answer→ answered ─publish→ published
 *      │  └───────answer──────────────────↑  (answer again: the answer is edited)
 *      └─ reject (note) → rejected | spam, from received, assigned or answered
 *
 * Who may do what reuses the article permission table (editorial/workflow.ts `can`):
 *
 *   | on a question                  | needs the article right | so, on their own site |
 *   | ------------------------------ | ----------------------- | --------------------- |
 *   | view (with personal details)   | edit                    | editor, approver, site_admin |
 *   | assign to a unit               | edit                    | editor, approver, site_admin |
 *   | answer (write, edit the answer)| edit                    | editor, approver, site_admin |
 *   | reject, mark as spam           | edit                    | editor, approver, site_admin |
 *   | publish question and answer    | publish                 | approver, site_admin  |
 *   | change the deadline setting    | manage_settings         | site_admin            |
 *
 * A contributor's `edit` covers only their own articles; a question belongs to no staff
 * member, so a contributor has no right on questions (and never sees an asker's
 * details). A system administrator acts as site_admin everywhere.
 *
 * Tracking codes: "HD-" and 8 characters of an alphabet without look-alikes (no 0/O,
 * 1/I/L, no U/V pair), about 40 bits: unguessable, and easy to read aloud on the phone.
 */
import type { QuestionStatus } from '../db/schema.js';
import type { Action, Actor } from '../editorial/workflow.js';
import { can } from '../editorial/workflow.js';
import { workingDaysBetween } from '../time/working-days.js';

export type QuestionAction = 'view' | 'assign' | 'answer' | 'reject' | 'publish' | 'settings';

export const QUESTION_RIGHTS: Readonly<Record<QuestionAction, Action>> = {
  view: 'edit',
  assign: 'edit',
  answer: 'edit',
  reject: 'edit',
  publish: 'publish',
  settings: 'manage_settings',
};

export function canOnQuestions(actor: Actor, action: QuestionAction): boolean {
  if (!actor.isSystemAdmin && actor.role === 'contributor') return false;
  return can(actor, QUESTION_RIGHTS[action]);
}

export type QuestionTransition = 'assign' | 'answer' | 'publish' | 'reject';

export const QUESTION_TRANSITIONS: Readonly<Record<QuestionTransition, readonly QuestionStatus[]>> = {
  assign: ['received', 'assigned'],
  answer: ['received', 'assigned', 'answered'],
  publish: ['answered'],
  reject: ['received', 'assigned', 'answered'],
};

export function canMove(status: QuestionStatus, transition: QuestionTransition): boolean {
  return QUESTION_TRANSITIONS[transition].includes(status);
}

/** The actions the admin offers for a question, for this actor. */
export function allowedQuestionActions(actor: Actor, status: QuestionStatus): QuestionTransition[] {
  return (Object.keys(QUESTION_TRANSITIONS) as QuestionTransition[]).filter((t) => canMove(status, t) && canOnQuestions(actor, t));
}

export const QUESTION_STATUS_LABELS: Readonly<Record<QuestionStatus, string>> = {
  received: 'Đã tiếp nhận',
  assigned: 'Đang xử lý',
  answered: 'Đã trả lời, chờ đăng',
  published: 'Đã đăng câu trả lời',
  rejected: 'Không tiếp nhận',
  spam: 'Thư rác',
};

/** What the asker is told on the tracking page: never the staff's note, never spam as such. */
export type PublicQuestionStage = 'received' | 'handling' | 'answered' | 'published' | 'refused';

export function publicStage(status: QuestionStatus): PublicQuestionStage {
  switch (status) {
    case 'received':
      return 'received';
    case 'assigned':
      return 'handling';
    case 'answered':
      return 'answered';
    case 'published':
      return 'published';
    case 'rejected':
    case 'spam':
      return 'refused';
  }
}

/** Statuses still waiting for an answer: these can be overdue. */
export const OPEN_STATUSES: readonly QuestionStatus[] = ['received', 'assigned'];

export function isOverdue(q: { status: QuestionStatus; deadline: string }, today: string): boolean {
  return OPEN_STATUSES.includes(q.status) && q.deadline < today;
}

export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const TRACKING_PREFIX = 'HD-';
export const TRACKING_LENGTH = 8;

/** A code from `randomIndex` (a source of uniform integers below the bound; crypto.randomInt in the service). */
export function makeTrackingCode(randomIndex: (bound: number) => number): string {
  let code = TRACKING_PREFIX;
  for (let i = 0; i < TRACKING_LENGTH; i += 1) code += TRACKING_ALPHABET[randomIndex(TRACKING_ALPHABET.length)] ?? '';
  return code;
}

/**
 * The code as typed by a person — any case, spaces or a missing "HD-" — in its stored
 * form, or undefined when it cannot be one. Looks at each character once (no pattern).
 */
export function normalizeTrackingCode(input: string): string | undefined {
  if (input.length > 40) return undefined;
  let body = '';
  for (const ch of input.toUpperCase()) {
    if (ch === ' ' || ch === '-') continue;
    body += ch;
  }
  if (body.startsWith('HD') && body.length === TRACKING_LENGTH + 2) body = body.slice(2);
  if (body.length !== TRACKING_LENGTH) return undefined;
  for (const ch of body) if (!TRACKING_ALPHABET.includes(ch)) return undefined;
  return TRACKING_PREFIX + body;
}

export interface ResponseStats {
  received: number;
  answered: number;
  overdue: number;
  /** Working days from receipt to answer, over the answered questions; null when none. */
  medianDays: number | null;
  averageDays: number | null;
}

/** Response-time figures of a site's questions (spam left out), as of `today`. */
export function responseStats(
  rows: readonly { status: QuestionStatus; receivedDay: string; answeredDay: string | null; deadline: string }[],
  today: string,
): ResponseStats {
  const counted = rows.filter((r) => r.status !== 'spam');
  const days = counted.flatMap((r) => (r.answeredDay === null ? [] : [workingDaysBetween(r.receivedDay, r.answeredDay)])).sort((a, b) => a - b);
  const middle = Math.floor(days.length / 2);
  const median = days.length === 0 ? null : days.length % 2 === 1 ? (days[middle] ?? 0) : ((days[middle - 1] ?? 0) + (days[middle] ?? 0)) / 2;
  const average = days.length === 0 ? null : Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10;
  return {
    received: counted.length,
    answered: days.length,
    overdue: counted.filter((r) => isOverdue(r, today)).length,
    medianDays: median,
    averageDays: average,
  };
}

/** Plain text in paragraphs: split at blank lines, each line trimmed, line breaks inside kept. */
export function plainTextParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line !== '') {
      current.push(line);
    } else if (current.length > 0) {
      paragraphs.push(current.join('\n'));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current.join('\n'));
  return paragraphs;
}
