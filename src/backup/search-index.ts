/**
 * The search index is not in a backup: the database's triggers write it as the rows of
 * the indexed kinds (search/kinds.ts) are inserted. Checked after the rows are in, and
 * rebuilt (as `reindex` does) if it does not hold one document per such row.
 */
import type { Db } from '../db/database.js';
import { indexedKinds } from '../search/kinds.js';
import { createSearchService } from '../search/service.js';
import { countRows } from './dump.js';

/** Returns true when the index had to be rebuilt. */
export async function ensureSearchIndex(db: Db): Promise<boolean> {
  const documents = await countRows(db.kysely, 'search_documents');
  let expected = 0;
  for (const kind of indexedKinds()) expected += await countRows(db.kysely, kind.source.table);
  if (documents === expected) return false;
  await createSearchService(db).reindex();
  return true;
}
