/**
 * Synthetic articles for one site, one batch at a time: the demo generator's realistic
 * Vietnamese news (titles, sapo, several paragraphs of body) spread over the last ten
 * years, plus what a real archive also holds: a few drafts and withdrawn articles, and
 * tags. Pure and seeded: the same site, seed and batch give the same articles.
 */
import type { ArticleStatus } from '../db/schema.js';
import { createRng, generateArticles, hashSeed, type GeneratedArticle } from '../demo/generator/index.js';
import { slugify } from '../text/index.js';
import { TAGS_BY_CATEGORY } from './vocabulary.js';

export const YEARS_OF_ARCHIVE = 10;
/** Share of drafts and of withdrawn articles in a portal's archive. */
export const DRAFT_SHARE = 0.025;
export const WITHDRAWN_SHARE = 0.015;
/** Room kept in a slug for the numbered suffix that makes it unique on its site. */
const SLUG_BASE_LENGTH = 100;

export interface SynthSite {
  readonly slug: string;
  readonly shortName: string;
}

export interface BatchSpec {
  readonly seed: number;
  /** Which batch of this site: batches of one site and seed never repeat their content. */
  readonly batch: number;
  readonly count: number;
  readonly now: Date;
}

export interface SynthArticle extends Omit<GeneratedArticle, 'publishedAt'> {
  /** Before its uniqueness on the site is checked (storage adds a suffix when taken). */
  readonly slug: string;
  readonly status: Extract<ArticleStatus, 'published' | 'draft' | 'withdrawn'>;
  /** Null for a draft: it was never published. */
  readonly publishedAt: string | null;
  readonly createdAt: string;
  readonly withdrawnNote: string | null;
  readonly tags: readonly string[];
}

const WITHDRAWN_NOTE = 'Tin bài được gỡ theo đề nghị của cơ quan cung cấp thông tin để cập nhật số liệu chính xác.';

export function synthesizeArticles(site: SynthSite, spec: BatchSpec): SynthArticle[] {
  const seed = hashSeed(spec.seed, site.slug, spec.batch);
  const rng = createRng(seed);
  const generated = generateArticles({ siteSlug: site.slug, siteShortName: site.shortName, count: spec.count, now: spec.now, seed, years: YEARS_OF_ARCHIVE });
  return generated.map((article) => {
    const roll = rng.next();
    const status = roll < DRAFT_SHARE ? 'draft' : roll < DRAFT_SHARE + WITHDRAWN_SHARE ? 'withdrawn' : 'published';
    return {
      ...article,
      slug: slugify(article.title, SLUG_BASE_LENGTH),
      status,
      publishedAt: status === 'draft' ? null : article.publishedAt,
      createdAt: article.publishedAt,
      featured: status === 'published' && article.featured,
      withdrawnNote: status === 'withdrawn' ? WITHDRAWN_NOTE : null,
      tags: pickTags(rng, article.categorySlug),
    };
  });
}

/** Every tag a site's generated articles can carry, so storage can make them once. */
export function allTagNames(): string[] {
  return [...new Set(Object.values(TAGS_BY_CATEGORY).flat())];
}

/** None to three tags, mostly of the article's own category. */
function pickTags(rng: ReturnType<typeof createRng>, categorySlug: string): string[] {
  const own = TAGS_BY_CATEGORY[categorySlug] ?? [];
  const pool = [...own, ...own, ...(TAGS_BY_CATEGORY['*'] ?? [])];
  const wanted = rng.int(0, 3);
  const tags = new Set<string>();
  for (let i = 0; i < wanted; i++) tags.add(rng.pick(pool));
  return [...tags];
}
