/**
 * The search index is not in a backup: the database's triggers write it as articles
 * and pages are inserted. Checked after the rows are in, and rebuilt (as `reindex`
 * does) if it does not hold one document per article and page.
 */
import type { Db } from '../db/database.js';
import { createSearchService } from '../search/service.js';
import { countRows } from './dump.js';

/** Returns true when the index had to be rebuilt. */
export async function ensureSearchIndex(db: Db): Promise<boolean> {
  const documents = await countRows(db.kysely, 'search_documents');
  const expected = (await countRows(db.kysely, 'articles')) + (await countRows(db.kysely, 'pages'));
  if (documents === expected) return false;
  await createSearchService(db).reindex();
  return true;
}
