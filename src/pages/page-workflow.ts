/**
 * The article workflow as it applies to static pages: the same states, the same
 * transitions (TRANSITIONS) and the same permission table (`can`), minus what a page
 * has no use for — a schedule (jobs belong to articles) and a public withdrawal note.
 * Pure: no I/O. The server checks every request against it; the admin offers only
 * what `allowedPageTransitions` returns.
 */
import type { ArticleStatus } from '../db/schema.js';
import { allowedTransitions, can, STATUS_LABELS, TRANSITION_LABELS, TRANSITIONS, WorkflowError, type Actor, type ArticleFacts, type Transition } from '../editorial/workflow.js';

/** The transitions a page goes through, in the workflow's order. */
export const PAGE_TRANSITIONS = ['submit', 'return', 'approve', 'publish', 'unpublish', 'reopen'] as const satisfies readonly Transition[];
export type PageTransition = (typeof PAGE_TRANSITIONS)[number];

export function isPageTransition(t: Transition): t is PageTransition {
  return (PAGE_TRANSITIONS as readonly Transition[]).includes(t);
}

/** The transitions the interface should offer this actor for this page. */
export function allowedPageTransitions(actor: Actor, page: ArticleFacts): PageTransition[] {
  return allowedTransitions(actor, page).filter(isPageTransition);
}

/**
 * Checks one transition of an item that takes the page's steps (a static page, a week of
 * the leaders' schedule) and returns its new state, or throws a WorkflowError saying why
 * not, naming the item as `noun` ("trang", "lịch công tác tuần").
 */
export function applyItemTransition(noun: string, actor: Actor, item: ArticleFacts, transition: PageTransition, note: string | undefined): ArticleStatus {
  const rule = TRANSITIONS[transition];
  const label = TRANSITION_LABELS[transition];
  if (!rule.from.includes(item.status)) {
    throw new WorkflowError('invalid_transition', `Không thể "${label}" ${noun} đang ở trạng thái "${STATUS_LABELS[item.status]}".`);
  }
  if (!can(actor, transition, item)) throw new WorkflowError('forbidden', `Bạn không có quyền "${label}" ${noun} này.`);
  if (rule.needsNote === true && (note ?? '').trim().length === 0) throw new WorkflowError('note_required', 'Cần ghi rõ lý do.');
  return rule.to;
}

/** Checks one transition of a page and returns its new state, or throws a WorkflowError saying why not (in a page's words). */
export function applyPageTransition(actor: Actor, page: ArticleFacts, transition: PageTransition, note: string | undefined): ArticleStatus {
  return applyItemTransition('trang', actor, page, transition, note);
}
