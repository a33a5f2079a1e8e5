/**
 * The domain's vocabulary as the contract and its clients use it: roles, article
 * states and workflow transitions with their Vietnamese labels. Re-exported from the
 * pure domain modules that own them, so the admin reaches the server only through
 * src/contract/ and every spelling stays the server's own.
 */
import { ROLE_LABELS, SITE_ROLES, type SiteRole } from '../editorial/roles.js';
import { SCHEDULED_TRANSITIONS, STATUS_LABELS, TRANSITION_LABELS, type Transition } from '../editorial/workflow.js';

export { ROLE_LABELS, SITE_ROLES, STATUS_LABELS, TRANSITION_LABELS };
export type { SiteRole, Transition };

export type ArticleStatus = keyof typeof STATUS_LABELS;
export type JobKind = keyof typeof SCHEDULED_TRANSITIONS;

/** Non-empty tuples of the keys, as z.enum takes them. */
const keysOf = <K extends string>(record: Record<K, unknown>) => Object.keys(record) as [K, ...K[]];

export const ARTICLE_STATUSES = keysOf(STATUS_LABELS);
export const TRANSITION_NAMES = keysOf(TRANSITION_LABELS);
export const JOB_KINDS = keysOf(SCHEDULED_TRANSITIONS);
export const MEDIA_KINDS = ['image', 'document', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** The kinds of site, with their Vietnamese names. */
export const SITE_KIND_LABELS = {
  province: 'Tỉnh',
  district: 'Huyện, thị xã, thành phố',
  department: 'Sở, ban, ngành',
  commune: 'Xã, phường, thị trấn',
  other: 'Khác',
} as const;
export type SiteKindName = keyof typeof SITE_KIND_LABELS;

/** A featured article's place in the home page's "Tin nổi bật": lower first. */
export const FEATURED_ORDER_MIN = 1;
export const FEATURED_ORDER_MAX = 99;

/** At most this many "Tin liên quan" per article, and this many categories besides its own. */
export const MAX_RELATED = 10;
export const MAX_EXTRA_CATEGORIES = 5;
