/**
 * Storage of citizens' questions: every query and write of `questions` (and the site's
 * deadline setting), no rules. Public reads pass the read gate and select only public
 * columns; staff writes are guarded by the status and revision the service read.
 */
import type { Kysely } from 'kysely';
import { toCount } from '../db/count.js';
import type { Database, NewQuestion, QuestionRow, QuestionStatus, QuestionUpdate } from '../db/schema.js';
import { publicNow } from '../publishing/read-gate.js';

type Conn = Kysely<Database>;

/** The columns a public surface may read: never asker_*, tracking_code or staff notes. */
export const PUBLIC_QUESTION_COLUMNS = [
  'id', 'site_id', 'kind', 'field', 'title', 'question_text', 'received_at', 'assigned_unit', 'answer_html', 'answered_at', 'status', 'published_at', 'slug',
] as const;

export type PublicQuestionRow = Pick<QuestionRow, (typeof PUBLIC_QUESTION_COLUMNS)[number]>;

export async function insertQuestion(db: Conn, row: NewQuestion): Promise<QuestionRow> {
  return db.insertInto('questions').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function isTrackingCodeTaken(db: Conn, code: string): Promise<boolean> {
  return (await db.selectFrom('questions').select('id').where('tracking_code', '=', code).executeTakeFirst()) !== undefined;
}

/** The tracking page's read: status and public facts only. */
export async function findByTrackingCode(db: Conn, siteId: number, code: string) {
  return db
    .selectFrom('questions')
    .select(['tracking_code', 'status', 'received_at', 'deadline', 'slug', 'title', 'published_at'])
    .where('site_id', '=', siteId)
    .where('tracking_code', '=', code)
    .executeTakeFirst();
}

export async function findQuestion(db: Conn, siteId: number, id: number): Promise<QuestionRow | undefined> {
  return db.selectFrom('questions').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
}

export interface QuestionFilter {
  siteId: number;
  status?: QuestionStatus | undefined;
  field?: string | undefined;
  /** Only open questions whose deadline is before this day (YYYY-MM-DD). */
  overdueBefore?: string | undefined;
}

function filtered(db: Conn, f: QuestionFilter) {
  let q = db.selectFrom('questions').where('site_id', '=', f.siteId);
  if (f.status !== undefined) q = q.where('status', '=', f.status);
  if (f.field !== undefined) q = q.where('field', '=', f.field);
  if (f.overdueBefore !== undefined) q = q.where('status', 'in', ['received', 'assigned']).where('deadline', '<', f.overdueBefore);
  return q;
}

export async function listQuestions(db: Conn, f: QuestionFilter, page: { limit: number; offset: number }): Promise<{ rows: QuestionRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, f).selectAll().orderBy('received_at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    filtered(db, f).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: toCount(count?.n) };
}

/** The oldest overdue questions first (the dashboard's block). */
export async function overdueQuestions(db: Conn, siteId: number, today: string, limit: number): Promise<QuestionRow[]> {
  return filtered(db, { siteId, overdueBefore: today }).selectAll().orderBy('deadline').orderBy('id').limit(limit).execute();
}

/** What the response-time figures need, for every question of a site. */
export async function questionTimes(db: Conn, siteId: number) {
  return db.selectFrom('questions').select(['status', 'received_at', 'answered_at', 'deadline']).where('site_id', '=', siteId).execute();
}

/** Writes only if the question is still in the status and revision the caller read; undefined when another change came first. */
export async function updateQuestionIfUnchanged(
  db: Conn,
  id: number,
  expected: { status: QuestionStatus; revision: number },
  changes: QuestionUpdate,
): Promise<QuestionRow | undefined> {
  return db
    .updateTable('questions')
    .set({ ...changes, revision: expected.revision + 1 })
    .where('id', '=', id)
    .where('status', '=', expected.status)
    .where('revision', '=', expected.revision)
    .returningAll()
    .executeTakeFirst();
}

export async function isQuestionSlugTaken(db: Conn, siteId: number, slug: string): Promise<boolean> {
  return (await db.selectFrom('questions').select('id').where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst()) !== undefined;
}

// ── Public reads (the read gate; public columns only) ────────────────────────

function publicQuestions(db: Conn, siteId: number, field: string | undefined, now: Date) {
  let q = db.selectFrom('questions').where('site_id', '=', siteId).where(publicNow('questions', now));
  if (field !== undefined) q = q.where('field', '=', field);
  return q;
}

export async function listPublishedQuestions(
  db: Conn,
  siteId: number,
  opts: { field?: string | undefined; limit: number; offset: number; now?: Date },
): Promise<{ rows: PublicQuestionRow[]; total: number }> {
  const now = opts.now ?? new Date();
  const [rows, count] = await Promise.all([
    publicQuestions(db, siteId, opts.field, now).select(PUBLIC_QUESTION_COLUMNS).orderBy('published_at', 'desc').orderBy('id', 'desc').limit(opts.limit).offset(opts.offset).execute(),
    publicQuestions(db, siteId, opts.field, now).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: toCount(count?.n) };
}

export async function findPublishedQuestion(db: Conn, siteId: number, slug: string, now = new Date()): Promise<PublicQuestionRow | undefined> {
  return publicQuestions(db, siteId, undefined, now).select(PUBLIC_QUESTION_COLUMNS).where('slug', '=', slug).executeTakeFirst();
}

// ── The site's deadline setting ──────────────────────────────────────────────

export async function deadlineDaysOf(db: Conn, siteId: number): Promise<number> {
  const row = await db.selectFrom('sites').select('question_deadline_days').where('id', '=', siteId).executeTakeFirstOrThrow();
  return row.question_deadline_days;
}

export async function setDeadlineDays(db: Conn, siteId: number, days: number): Promise<void> {
  await db.updateTable('sites').set({ question_deadline_days: days }).where('id', '=', siteId).execute();
}

/** The display name of the account that answered, for the staff's view. */
export async function accountName(db: Conn, userId: number | null): Promise<string | null> {
  if (userId === null) return null;
  const row = await db.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirst();
  return row?.display_name ?? null;
}
