/**
 * Where an article appears besides its own page, as stored now: its categories (its own
 * and its others), its tags, the topics that accepted it, and the parent sites that
 * accepted it. The page cache asks this after a change, to drop the lists that showed it
 * or now should.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface ArticleAppearances {
  siteId: number;
  categoryIds: number[];
  tagIds: number[];
  topicIds: number[];
  syndicatedTo: number[];
}

export async function articleAppearances(db: Kysely<Database>, articleId: number): Promise<ArticleAppearances | undefined> {
  const article = await db.selectFrom('articles').select(['site_id', 'category_id']).where('id', '=', articleId).executeTakeFirst();
  if (article === undefined) return undefined;
  const [extra, tags, topics, parents] = await Promise.all([
    db.selectFrom('article_categories').select('category_id').where('article_id', '=', articleId).execute(),
    db.selectFrom('article_tags').select('tag_id').where('article_id', '=', articleId).execute(),
    db.selectFrom('topic_articles').select('topic_id').where('article_id', '=', articleId).where('state', '=', 'accepted').execute(),
    db.selectFrom('syndications').select('to_site_id').where('article_id', '=', articleId).where('state', '=', 'accepted').execute(),
  ]);
  return {
    siteId: article.site_id,
    categoryIds: [article.category_id, ...extra.map((r) => r.category_id)],
    tagIds: tags.map((r) => r.tag_id),
    topicIds: topics.map((r) => r.topic_id),
    syndicatedTo: parents.map((r) => r.to_site_id),
  };
}
