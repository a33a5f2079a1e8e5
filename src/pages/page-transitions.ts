/**
 * Moving a static page through the workflow: page-workflow.ts decides whether a move is
 * allowed; this is the one place a page's status changes — the UPDATE guarded by the
 * status it was read in (so two moves cannot both happen), its audit entry, and the
 * event delivered once the transaction commits.
 */
import type { Kysely } from 'kysely';
import type { ArticleStatus, Database, PageRow } from '../db/schema.js';
import type { EditContext } from '../editorial/editing.js';
import { EditorialError } from '../editorial/errors.js';
import { pageEvent, withEvents, type PageEventType } from '../editorial/events.js';
import { deleteRedirect } from '../redirects/index.js';
import { pagePathIn } from '../urls/paths.js';
import { auditPage, pageFacts, pageOnSite } from './page-editing.js';
import { applyPageTransition, transitionChanges, type PageTransition } from './page-workflow.js';
import { updatePageIfUnchanged } from './pages.repo.js';

type Conn = Kysely<Database>;

export interface PageTransitionInput {
  transition: PageTransition;
  note?: string | undefined;
}

/** The event a move into `status` raises; none when readers see no difference. */
const EVENT_OF_STATUS: Partial<Record<ArticleStatus, PageEventType>> = { published: 'published', unpublished: 'unpublished' };

/** A person moves a page: checked against their role, applied, audited, announced after the commit. */
export async function transitionPage(db: Conn, ctx: EditContext, id: number, input: PageTransitionInput): Promise<PageRow> {
  const now = ctx.now ?? new Date();
  return withEvents(db, ctx.events, async (trx, raise) => {
    const row = await pageOnSite(trx, ctx.siteId, id);
    const t = input.transition;
    const to = applyPageTransition(ctx.actor, pageFacts(row), t, input.note);
    const note = input.note?.trim() || null;
    const written = await updatePageIfUnchanged(trx, id, { status: row.status }, { ...transitionChanges(t, row.published_at, note, now), status: to, updated_at: now.toISOString() });
    if (!written) throw new EditorialError('conflict', 'Trang vừa được người khác chuyển trạng thái; hãy tải lại.');
    // The published page now holds its address: no old redirect may send readers elsewhere.
    if (to === 'published') await deleteRedirect(trx, ctx.siteId, pagePathIn(row.slug, row.language));
    await auditPage(trx, ctx, `workflow_${t}`, id, { from: row.status, to, note }, now);
    const type = EVENT_OF_STATUS[to];
    if (type !== undefined) raise(pageEvent(type, row, ctx.actor.userId, now));
    return pageOnSite(trx, ctx.siteId, id);
  });
}
