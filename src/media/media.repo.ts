/** Media references: files under DATA_DIR/media described by a row. */
import type { Kysely } from 'kysely';
import { preparedQuery } from '../db/prepared-query.js';
import type { Database, MediaRow } from '../db/schema.js';

type Conn = Kysely<Database>;

/** Both read for every article page: prepared, built once. */
const mediaById = preparedQuery(1, (db, id: number) => db.selectFrom('media').selectAll().where('id', '=', id));
const attachmentsOfArticle = preparedQuery(1, (db, articleId: number) =>
  db.selectFrom('article_attachments as aa').innerJoin('media as m', 'm.id', 'aa.media_id').selectAll('m').where('aa.article_id', '=', articleId).orderBy('aa.position'),
);

export async function findMediaById(db: Conn, id: number): Promise<MediaRow | undefined> {
  return mediaById.first(db, id);
}

export async function attachmentsOf(db: Conn, articleId: number): Promise<MediaRow[]> {
  return attachmentsOfArticle.all(db, articleId);
}

/** Public URL of a stored file. */
export function mediaUrl(media: Pick<MediaRow, 'storage_key'>): string {
  return `/media/${media.storage_key}`;
}
