/**
 * What the public sees of a site's leaders' schedule, through the read gate: a week's
 * entries grouped by day while the week is published, nothing otherwise. Shared by the
 * public page and the public JSON API.
 */
import type { Kysely } from 'kysely';
import type { ScheduleEntry } from '../contract/schedule.js';
import type { Database, ScheduleWeekRow } from '../db/schema.js';
import { formatIsoWeek, shiftIsoWeek, type IsoWeek } from '../time/iso-week.js';
import { entryOfRow, groupByDay, type ScheduleDay } from './schedule-rules.js';
import { findPublishedScheduleWeek, listScheduleEntries } from './schedule.repo.js';

export interface PublicWeek {
  week: IsoWeek;
  isoWeek: string;
  previousWeek: string;
  nextWeek: string;
  /** The published week, undefined when the public may not see one. */
  row: ScheduleWeekRow | undefined;
  days: ScheduleDay<ScheduleEntry>[];
}

export async function readPublicWeek(db: Kysely<Database>, siteId: number, week: IsoWeek): Promise<PublicWeek> {
  const isoWeek = formatIsoWeek(week);
  const row = await findPublishedScheduleWeek(db, siteId, isoWeek);
  const entries = row === undefined ? [] : (await listScheduleEntries(db, row.id)).map(entryOfRow);
  return {
    week, isoWeek, row, days: groupByDay(week, entries),
    previousWeek: formatIsoWeek(shiftIsoWeek(week, -1)),
    nextWeek: formatIsoWeek(shiftIsoWeek(week, 1)),
  };
}
