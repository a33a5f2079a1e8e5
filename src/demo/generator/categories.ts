/**
 * The categories of a demo portal, in menu order, each paired with the vocabulary its
 * articles are written from. The first two match the categories of the seed article's
 * portal; the rest are the usual sections of a Vietnamese local-government portal. The
 * names and descriptions are those of the site templates (categories/templates.ts).
 */
import { ECONOMY, AGRICULTURE } from './topics-economy.js';
import { DIRECTION, NEWS } from './topics-news.js';
import { PARTY, REFORM } from './topics-party.js';
import { CULTURE, DEFENCE, EDUCATION_HEALTH } from './topics-society.js';
import type { Topic } from './types.js';
import { STANDARD_CATEGORIES } from '../../categories/templates.js';

export interface DemoCategory {
  readonly slug: string;
  readonly name: string;
  readonly menuOrder: number;
  readonly description: string;
}

interface CategoryWithTopic extends DemoCategory {
  readonly topic: Topic;
  /** Relative share of articles: general news is the busiest section of every portal. */
  readonly weight: number;
}

const CATEGORIES: readonly CategoryWithTopic[] = [
  {
    ...STANDARD_CATEGORIES['tin-tuc-su-kien'],
    menuOrder: 1,
    topic: NEWS,
    weight: 3,
  },
  {
    ...STANDARD_CATEGORIES['chi-dao-dieu-hanh'],
    menuOrder: 2,
    topic: DIRECTION,
    weight: 2,
  },
  {
    ...STANDARD_CATEGORIES['kinh-te-xa-hoi'],
    menuOrder: 3,
    topic: ECONOMY,
    weight: 2,
  },
  {
    ...STANDARD_CATEGORIES['nong-nghiep-nong-thon'],
    menuOrder: 4,
    topic: AGRICULTURE,
    weight: 2,
  },
  {
    ...STANDARD_CATEGORIES['van-hoa-the-thao'],
    menuOrder: 5,
    topic: CULTURE,
    weight: 2,
  },
  {
    ...STANDARD_CATEGORIES['giao-duc-y-te'],
    menuOrder: 6,
    topic: EDUCATION_HEALTH,
    weight: 2,
  },
  {
    ...STANDARD_CATEGORIES['quoc-phong-an-ninh'],
    menuOrder: 7,
    topic: DEFENCE,
    weight: 1,
  },
  {
    ...STANDARD_CATEGORIES['cai-cach-hanh-chinh'],
    menuOrder: 8,
    topic: REFORM,
    weight: 1,
  },
  {
    ...STANDARD_CATEGORIES['xay-dung-dang'],
    menuOrder: 9,
    topic: PARTY,
    weight: 1,
  },
];

/** The categories as a site stores them (without the generator's vocabulary). */
export const DEMO_CATEGORIES: readonly DemoCategory[] = CATEGORIES.map(({ slug, name, menuOrder, description }) => ({
  slug,
  name,
  menuOrder,
  description,
}));

/** @internal The generator's view: category, vocabulary and share of articles. */
export const CATEGORY_TOPICS: readonly CategoryWithTopic[] = CATEGORIES;
