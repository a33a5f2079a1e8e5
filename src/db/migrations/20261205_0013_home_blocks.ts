/**
 * The home page's category blocks chosen by a site's editors: `sites.home_blocks` holds
 * the ordered category ids as a JSON array (null: the top-level categories in menu
 * order, as before). And an article listed in more categories than its own: the
 * articles of a category are found through article_categories by category, whose
 * primary key leads with the article. Same statements on both databases.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sites').addColumn('home_blocks', 'text').execute();
  await db.schema.createIndex('article_categories_by_category').on('article_categories').columns(['category_id', 'article_id']).execute();
}
