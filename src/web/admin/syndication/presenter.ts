/**
 * `AdminSyndication`: a proposal with its article as it stands now at the source (title,
 * status, whether the public sees it, its address there), the two sites, and the moves
 * the caller may make from the side it looks from.
 */
import type { AdminSyndication } from '../../../contract/syndication.js';
import type { Actor } from '../../../editorial/workflow.js';
import { isPublic } from '../../../publishing/read-gate.js';
import type { Site, SiteRegistry } from '../../../sites/index.js';
import { allowedMoves, STATE_LABELS, type SyndicationListRow } from '../../../syndication/index.js';
import { articlePath } from '../../../urls/paths.js';
import { siteOrigin } from '../../site-origin.js';

export interface SyndicationPresentContext {
  registry: Pick<SiteRegistry, 'byIdOrUndefined'>;
  actor: Actor;
  host: string | undefined;
  scheme: 'http' | 'https';
}

export function siteRef(site: Pick<Site, 'slug' | 'name' | 'shortName'>) {
  return { slug: site.slug, name: site.name, shortName: site.shortName };
}

const UNKNOWN_SITE = { slug: '', name: 'Cổng không còn trong hệ thống', shortName: '' };

export function presentSyndication(p: SyndicationPresentContext, row: SyndicationListRow, side: 'source' | 'target'): AdminSyndication {
  const from = p.registry.byIdOrUndefined(row.fromSiteId);
  const to = p.registry.byIdOrUndefined(row.toSiteId);
  const path = articlePath(row.categorySlug, row.articleSlug);
  return {
    id: row.id,
    state: row.state,
    stateLabel: STATE_LABELS[row.state],
    note: row.note,
    proposedAt: row.proposedAt,
    decidedAt: row.decidedAt,
    proposedBy: row.proposedByName,
    decidedBy: row.decidedByName,
    article: {
      id: row.articleId,
      title: row.articleTitle,
      status: row.articleStatus,
      public: isPublic({ status: row.articleStatus, published_at: row.articlePublishedAt }),
      url: from === undefined ? path : `${siteOrigin(from, p.host, p.scheme)}${path}`,
    },
    from: from === undefined ? UNKNOWN_SITE : siteRef(from),
    to: to === undefined ? UNKNOWN_SITE : siteRef(to),
    actions: allowedMoves(p.actor, row.state, side),
  };
}
