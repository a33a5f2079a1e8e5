/**
 * Syndication in the editorial API: a district proposes a published article to its
 * parent site, the parent accepts or declines it with a note, the district retracts it.
 * What the admin sends (a note) and what the server answers (the proposals a site
 * received and sent, each with the moves the caller may make).
 */
import { z } from 'zod';
import { NOTE_MAX, STATE_LABELS } from '../syndication/syndication-rules.js';
import { idString, sentInstant, siteSlugString } from './common.js';
import { ARTICLE_STATUSES } from './domain.js';

export { STATE_LABELS as SYNDICATION_STATE_LABELS };

export const SYNDICATION_STATES = ['proposed', 'accepted', 'declined', 'retracted'] as const;
export const SYNDICATION_MOVES = ['accept', 'decline', 'retract'] as const;

/** /sites/{site}/articles/{id}/syndication: the article of the source site. */
export const syndicatedArticleParams = z.object({ site: siteSlugString, id: idString });
/** /sites/{site}/syndication/{id}/accept|decline: a proposal the site received. */
export const proposalParams = z.object({ site: siteSlugString, id: idString });

/** The parent's note: optional to accept, required to decline (the service says so in Vietnamese). */
export const syndicationDecisionSchema = z
  .object({ note: z.string().max(NOTE_MAX, `Ghi chú tối đa ${NOTE_MAX} ký tự`).optional() })
  .strict();
export type SyndicationDecisionInput = z.infer<typeof syndicationDecisionSchema>;

const siteRefSchema = z.object({ slug: z.string(), name: z.string(), shortName: z.string() });

export const adminSyndicationSchema = z.object({
  id: z.number().int(),
  state: z.enum(SYNDICATION_STATES),
  stateLabel: z.string(),
  note: z.string().nullable(),
  proposedAt: sentInstant,
  decidedAt: sentInstant.nullable(),
  proposedBy: z.string().nullable(),
  decidedBy: z.string().nullable(),
  article: z.object({
    id: z.number().int(),
    title: z.string(),
    status: z.enum(ARTICLE_STATUSES),
    /** Whether the public sees it now at the source (the read gate). */
    public: z.boolean(),
    /** Its address on the source site. */
    url: z.string(),
  }),
  from: siteRefSchema,
  to: siteRefSchema,
  /** What the caller may do now (the interface offers only these). */
  actions: z.array(z.enum(SYNDICATION_MOVES)),
});
export type AdminSyndication = z.infer<typeof adminSyndicationSchema>;

export const syndicationOverviewSchema = z.object({
  /** The site proposals go to; null for a root site (it proposes nowhere). */
  parent: siteRefSchema.nullable(),
  /** Proposals this site received from its child sites: pending first. */
  inbox: z.array(adminSyndicationSchema),
  /** Proposals this site sent to its parent. */
  outbox: z.array(adminSyndicationSchema),
});
export type SyndicationOverview = z.infer<typeof syndicationOverviewSchema>;
