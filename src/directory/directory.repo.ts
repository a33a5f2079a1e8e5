/** Storage of the officials' directory: every query and write of `directory_entries`, no rules. */
import type { Kysely } from 'kysely';
import type { Database, DirectoryEntryRow, NewDirectoryEntry } from '../db/schema.js';

type Conn = Kysely<Database>;

/** Every entry of a site (visible or not), in sort order, then name. A site has tens, not thousands. */
export async function listDirectoryEntries(db: Conn, siteId: number, onlyVisible = false): Promise<DirectoryEntryRow[]> {
  let query = db.selectFrom('directory_entries').selectAll().where('site_id', '=', siteId);
  if (onlyVisible) query = query.where('visible', '=', 1);
  return query.orderBy('sort_order').orderBy('name').orderBy('id').execute();
}

export async function findDirectoryEntry(db: Conn, id: number): Promise<DirectoryEntryRow | undefined> {
  return db.selectFrom('directory_entries').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertDirectoryEntry(db: Conn, entry: NewDirectoryEntry): Promise<DirectoryEntryRow> {
  return db.insertInto('directory_entries').values(entry).returningAll().executeTakeFirstOrThrow();
}

export async function updateDirectoryEntry(db: Conn, id: number, changes: Partial<Omit<DirectoryEntryRow, 'id' | 'site_id' | 'created_at'>>): Promise<DirectoryEntryRow> {
  return db.updateTable('directory_entries').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteDirectoryEntry(db: Conn, id: number): Promise<void> {
  await db.deleteFrom('directory_entries').where('id', '=', id).execute();
}
