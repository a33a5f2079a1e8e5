/**
 * Storage of the leaders' weekly schedule: every query and write of `schedule_weeks` and
 * `schedule_entries`, no rules. Public reads pass the read gate; the workflow's writes
 * are guarded by the status (and revision) the service read.
 */
import type { Kysely } from 'kysely';
import type { ArticleStatus, Database, NewScheduleEntry, ScheduleEntryRow, ScheduleWeekRow } from '../db/schema.js';
import { toCount } from '../db/count.js';
import { publicNow } from '../publishing/read-gate.js';

type Conn = Kysely<Database>;

export async function findScheduleWeek(db: Conn, siteId: number, isoWeek: string): Promise<ScheduleWeekRow | undefined> {
  return db.selectFrom('schedule_weeks').selectAll().where('site_id', '=', siteId).where('iso_week', '=', isoWeek).executeTakeFirst();
}

/** The week if the public may see it now. */
export async function findPublishedScheduleWeek(db: Conn, siteId: number, isoWeek: string): Promise<ScheduleWeekRow | undefined> {
  return db
    .selectFrom('schedule_weeks')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('iso_week', '=', isoWeek)
    .where(publicNow('schedule_weeks'))
    .executeTakeFirst();
}

/** The public weeks of a site, latest week first (the feed). */
export async function listPublishedScheduleWeeks(db: Conn, siteId: number, limit: number): Promise<ScheduleWeekRow[]> {
  return db
    .selectFrom('schedule_weeks')
    .selectAll()
    .where('site_id', '=', siteId)
    .where(publicNow('schedule_weeks'))
    .orderBy('iso_week', 'desc')
    .limit(limit)
    .execute();
}

/** Every week of a site in every state, latest week first, with its number of entries. */
export async function listScheduleWeeks(db: Conn, siteId: number, limit: number): Promise<(ScheduleWeekRow & { entry_count: number })[]> {
  const rows = await db
    .selectFrom('schedule_weeks as w')
    .selectAll('w')
    .select((eb) => eb.selectFrom('schedule_entries as e').select((e) => e.fn.countAll<number | string>().as('n')).whereRef('e.week_id', '=', 'w.id').as('entry_count'))
    .where('w.site_id', '=', siteId)
    .orderBy('w.iso_week', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, entry_count: toCount(r.entry_count) }));
}

export async function listScheduleEntries(db: Conn, weekId: number): Promise<ScheduleEntryRow[]> {
  return db.selectFrom('schedule_entries').selectAll().where('week_id', '=', weekId).orderBy('position').orderBy('id').execute();
}

export async function insertScheduleWeek(
  db: Conn,
  w: { siteId: number; isoWeek: string; createdBy: number | null; now: string; status?: ArticleStatus; publishedAt?: string | null },
): Promise<ScheduleWeekRow> {
  return db
    .insertInto('schedule_weeks')
    .values({
      site_id: w.siteId, iso_week: w.isoWeek, status: w.status ?? 'draft', published_at: w.publishedAt ?? null, revision: 1,
      created_by: w.createdBy, return_note: null, created_at: w.now, updated_at: w.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Writes only if the week is still in the status (and revision) the caller read; false when another change came first. */
export async function updateScheduleWeekIfUnchanged(
  db: Conn,
  id: number,
  expected: { status: ArticleStatus; revision?: number },
  changes: Partial<Pick<ScheduleWeekRow, 'status' | 'published_at' | 'revision' | 'return_note' | 'updated_at'>>,
): Promise<boolean> {
  let query = db.updateTable('schedule_weeks').set(changes).where('id', '=', id).where('status', '=', expected.status);
  if (expected.revision !== undefined) query = query.where('revision', '=', expected.revision);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces the entries of a week with `entries`, in their order. */
export async function replaceScheduleEntries(db: Conn, weekId: number, entries: Omit<NewScheduleEntry, 'week_id' | 'position'>[]): Promise<void> {
  await db.deleteFrom('schedule_entries').where('week_id', '=', weekId).execute();
  if (entries.length === 0) return;
  await db
    .insertInto('schedule_entries')
    .values(entries.map((e, position) => ({ ...e, week_id: weekId, position })))
    .execute();
}
