/**
 * The article workflow as it applies to albums: exactly a static page's steps (no
 * schedule, no withdrawal) through the same state machine and permission table
 * (pages/page-workflow.ts), its refusals naming the album. Pure: no I/O.
 */
import type { ArticleStatus } from '../db/schema.js';
import type { Actor, ArticleFacts } from '../editorial/workflow.js';
import { allowedPageTransitions, applyTransitionTo, PAGE_TRANSITIONS, type PageTransition } from '../pages/page-workflow.js';

export { transitionChanges } from '../pages/page-workflow.js';

export const ALBUM_TRANSITIONS = PAGE_TRANSITIONS;
export type AlbumTransition = PageTransition;

/** The transitions the interface should offer this actor for this album. */
export const allowedAlbumTransitions: (actor: Actor, album: ArticleFacts) => AlbumTransition[] = allowedPageTransitions;

/** Checks one transition of an album and returns its new state, or throws a WorkflowError saying why not. */
export function applyAlbumTransition(actor: Actor, album: ArticleFacts, transition: AlbumTransition, note: string | undefined): ArticleStatus {
  return applyTransitionTo('album', actor, album, transition, note);
}
