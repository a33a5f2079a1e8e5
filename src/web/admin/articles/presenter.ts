/**
 * `AdminArticle` of docs/editorial-api.md: the editable fields, the workflow state
 * with what this actor may do next (from workflow.ts, labelled for the interface),
 * royalty data, and the public URL when the article is visible at one.
 */
import type { Kysely } from 'kysely';
import { articleRefsOnSite } from '../../../articles/articles.repo.js';
import { findCategoryById } from '../../../categories/index.js';
import type { AdminArticle, RelatedArticle, TransitionOffer } from '../../../contract/articles.js';
import type { ArticleRow, Database } from '../../../db/schema.js';
import { snapshotOf } from '../../../editorial/article-snapshot.js';
import { royaltyOf } from '../../../editorial/royalty.js';
import { allowedTransitions, can, STATUS_LABELS, TRANSITION_LABELS, TRANSITIONS, type Actor } from '../../../editorial/workflow.js';
import type { Site } from '../../../sites/index.js';
import { articlePath } from '../../../urls/paths.js';
import { hasPublicUrl, isPublic } from '../../../publishing/read-gate.js';
import { siteOrigin } from '../../site-origin.js';

// The shape is the editorial API's contract (src/contract/articles.ts); presentArticle is checked against it.
export type { AdminArticle, TransitionOffer };


export function offers(actor: Actor, row: Pick<ArticleRow, 'status' | 'created_by'>): TransitionOffer[] {
  return allowedTransitions(actor, { status: row.status, createdBy: row.created_by }).map((t) => ({
    transition: t,
    label: TRANSITION_LABELS[t],
    needsNote: TRANSITIONS[t].needsNote === true,
    needsTime: TRANSITIONS[t].needsTime === true,
  }));
}

export interface PresentContext {
  db: Kysely<Database>;
  site: Site;
  actor: Actor;
  host: string | undefined;
  scheme: 'http' | 'https';
}

/** The related articles named by `ids`, in that order, with whether the public sees them. */
async function relatedArticles(p: PresentContext, ids: readonly number[]): Promise<RelatedArticle[]> {
  const rows = new Map((await articleRefsOnSite(p.db, p.site.id, ids)).map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = rows.get(id);
    return r === undefined ? [] : [{ id, title: r.title, statusLabel: STATUS_LABELS[r.status], isPublic: isPublic(r) }];
  });
}

export async function presentArticle(p: PresentContext, row: ArticleRow): Promise<AdminArticle> {
  const facts = { status: row.status, createdBy: row.created_by };
  const [snapshot, royalty, category] = await Promise.all([snapshotOf(p.db, row), royaltyOf(p.db, row.id), findCategoryById(p.db, row.category_id)]);
  const related = await relatedArticles(p, snapshot.relatedIds);
  const publicUrl =
    hasPublicUrl(row) && category !== undefined ? `${siteOrigin(p.site, p.host, p.scheme)}${articlePath(category.slug, row.slug)}` : null;
  return {
    ...snapshot,
    id: row.id,
    siteId: row.site_id,
    slug: row.slug,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    revision: row.revision,
    returnNote: row.return_note,
    withdrawnNote: row.withdrawn_note,
    scheduledAt: row.scheduled_at,
    unpublishAt: row.unpublish_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publicUrl,
    allowedTransitions: offers(p.actor, row),
    canEdit: can(p.actor, 'edit', facts),
    canDelete: can(p.actor, 'delete', facts),
    canFeature: can(p.actor, 'feature', facts),
    canChangeSlug: can(p.actor, 'change_slug', facts),
    royalty,
    relatedArticles: related,
  };
}
