/**
 * Topics as the editorial API answers them: the topic with its counts, its public
 * address and whether the asker owns it; each member article with its own site's
 * address and what the asker may do with it.
 */
import type { AdminTopic, TopicMember } from '../../../contract/topics.js';
import type { MediaRow, TopicArticleState, TopicRow } from '../../../db/schema.js';
import { mediaUrl } from '../../../media/index.js';
import { isPublic } from '../../../publishing/read-gate.js';
import type { SiteRegistry } from '../../../sites/index.js';
import { mayRemove, ownsTopic, type TopicActor, type TopicMemberRow } from '../../../topics/index.js';
import { articlePath, topicPath } from '../../../urls/paths.js';
import { siteOrigin } from '../../site-origin.js';

export interface PresentContext {
  actor: TopicActor;
  registry: SiteRegistry;
  host: string | undefined;
  scheme: 'http' | 'https';
}

export function presentTopic(c: PresentContext, topic: TopicRow, counts: Record<TopicArticleState, number> | undefined, image: MediaRow | undefined): AdminTopic {
  const site = topic.site_id === null ? c.registry.root() : c.registry.byIdOrUndefined(topic.site_id);
  return {
    id: topic.id,
    site: topic.site_id === null ? null : (site?.slug ?? null),
    slug: topic.slug,
    title: topic.title,
    description: topic.description,
    imageMediaId: topic.image_media_id,
    imageUrl: image === undefined ? null : mediaUrl(image),
    startsOn: topic.starts_on,
    endsOn: topic.ends_on,
    status: topic.status,
    publicUrl: topic.status === 'active' && site !== undefined ? `${siteOrigin(site, c.host, c.scheme)}${topicPath(topic.slug)}` : null,
    accepted: counts?.accepted ?? 0,
    proposed: counts?.proposed ?? 0,
    canManage: ownsTopic(c.actor, topic.site_id),
    createdAt: topic.created_at,
    updatedAt: topic.updated_at,
  };
}

export function presentMember(c: PresentContext, topic: TopicRow, m: TopicMemberRow, now = new Date()): TopicMember {
  const site = c.registry.byIdOrUndefined(m.siteId);
  const path = articlePath(m.categorySlug, m.slug);
  return {
    articleId: m.articleId,
    title: m.title,
    site: { slug: site?.slug ?? '', name: site?.name ?? '' },
    url: site === undefined ? path : `${siteOrigin(site, c.host, c.scheme)}${path}`,
    publishedAt: m.publishedAt,
    isPublic: isPublic({ status: m.status, published_at: m.publishedAt }, now),
    state: m.state,
    note: m.note,
    proposedBy: m.proposedBy,
    proposedAt: m.proposedAt,
    decidedBy: m.decidedBy,
    decidedAt: m.decidedAt,
    canDecide: m.state === 'proposed' && ownsTopic(c.actor, topic.site_id),
    canRemove: mayRemove(c.actor, topic.site_id, m.siteId),
  };
}
