/** Media references: files under DATA_DIR/media described by a row. */
import type { Kysely } from 'kysely';
import type { Database, MediaRow } from '../db/schema.js';

type Conn = Kysely<Database>;

export async function findMediaById(db: Conn, id: number): Promise<MediaRow | undefined> {
  return db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function attachmentsOf(db: Conn, articleId: number): Promise<MediaRow[]> {
  return db
    .selectFrom('article_attachments as aa')
    .innerJoin('media as m', 'm.id', 'aa.media_id')
    .selectAll('m')
    .where('aa.article_id', '=', articleId)
    .orderBy('aa.position')
    .execute();
}

/** Public URL of a stored file. */
export function mediaUrl(media: Pick<MediaRow, 'storage_key'>): string {
  return `/media/${media.storage_key}`;
}
