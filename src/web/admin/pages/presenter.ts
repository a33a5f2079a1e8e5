/**
 * `AdminPage`: a static page's editable fields, its workflow state with what this actor
 * may do next (page-workflow.ts, labelled for the interface), and its public URL while
 * the read gate shows it.
 */
import type { TransitionOffer } from '../../../contract/articles.js';
import type { AdminPage, PageSummary } from '../../../contract/pages.js';
import type { PageRow } from '../../../db/schema.js';
import { can, STATUS_LABELS, TRANSITION_LABELS, TRANSITIONS, type Actor } from '../../../editorial/workflow.js';
import { pageFacts, snapshotOfPage } from '../../../pages/page-editing.js';
import { allowedPageTransitions } from '../../../pages/page-workflow.js';
import { isPublic } from '../../../publishing/read-gate.js';
import type { Site } from '../../../sites/index.js';
import { pagePathIn } from '../../../urls/paths.js';
import { siteOrigin } from '../../site-origin.js';

export interface PagePresentContext {
  site: Site;
  actor: Actor;
  host: string | undefined;
  scheme: 'http' | 'https';
}

function pageOffers(actor: Actor, row: PageRow): TransitionOffer[] {
  return allowedPageTransitions(actor, pageFacts(row)).map((t) => ({
    transition: t,
    label: TRANSITION_LABELS[t],
    needsNote: TRANSITIONS[t].needsNote === true,
    needsTime: false,
  }));
}

export function presentPage(p: PagePresentContext, row: PageRow): AdminPage {
  const facts = pageFacts(row);
  return {
    ...snapshotOfPage(row),
    id: row.id,
    siteId: row.site_id,
    slug: row.slug,
    language: row.language,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    revision: row.revision,
    returnNote: row.return_note,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    path: pagePathIn(row.slug, row.language),
    publicUrl: isPublic(row) ? `${siteOrigin(p.site, p.host, p.scheme)}${pagePathIn(row.slug, row.language)}` : null,
    allowedTransitions: pageOffers(p.actor, row),
    canEdit: can(p.actor, 'edit', facts),
    canDelete: can(p.actor, 'delete', facts),
    canChangeSlug: can(p.actor, 'change_slug', facts),
  };
}

export function presentPageSummary(row: PageRow): PageSummary {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    language: row.language,
    path: pagePathIn(row.slug, row.language),
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    revision: row.revision,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
  };
}
