/**
 * Revision rows: one per save (who, when, a snapshot of every editable field, an
 * optional note). Numbers follow articles.revision; the pair (article, number) is unique.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { snapshotSchema, type Snapshot } from './article-input.js';

type Conn = Kysely<Database>;

export interface RevisionSummary {
  number: number;
  authorId: number | null;
  authorName: string | null;
  createdAt: string;
  note: string | null;
}

export async function insertRevision(
  db: Conn,
  r: { articleId: number; number: number; authorId: number | null; snapshot: Snapshot; note: string | null; now: Date },
): Promise<void> {
  await db
    .insertInto('article_revisions')
    .values({
      article_id: r.articleId,
      number: r.number,
      author_id: r.authorId,
      created_at: r.now.toISOString(),
      snapshot: JSON.stringify(r.snapshot),
      note: r.note,
    })
    .execute();
}

/** Newest first: at most `limit`, those numbered below `before` when it is given. */
export async function listRevisions(db: Conn, articleId: number, page: { limit: number; before?: number | undefined }): Promise<RevisionSummary[]> {
  let query = db
    .selectFrom('article_revisions as r')
    .leftJoin('users as u', 'u.id', 'r.author_id')
    .select(['r.number', 'r.author_id', 'u.display_name', 'r.created_at', 'r.note'])
    .where('r.article_id', '=', articleId);
  if (page.before !== undefined) query = query.where('r.number', '<', page.before);
  const rows = await query.orderBy('r.number', 'desc').limit(page.limit).execute();
  return rows.map((r) => ({ number: r.number, authorId: r.author_id, authorName: r.display_name, createdAt: r.created_at, note: r.note }));
}

/** The snapshot saved as revision `number`, or undefined when there is none. */
export async function findSnapshot(db: Conn, articleId: number, number: number): Promise<Snapshot | undefined> {
  const row = await db
    .selectFrom('article_revisions')
    .select('snapshot')
    .where('article_id', '=', articleId)
    .where('number', '=', number)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const parsed = snapshotSchema.safeParse(JSON.parse(row.snapshot));
  return parsed.success ? parsed.data : undefined;
}
