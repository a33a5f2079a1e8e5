/**
 * The pure rules of the leaders' schedule: an entry belongs to a day of its week, the
 * week's entries in time order grouped by day (the public page and the API show them so),
 * and the stored row as the contract's entry. No I/O.
 */
import type { ScheduleEntry, ScheduleEntryInput } from '../contract/schedule.js';
import type { ScheduleEntryRow } from '../db/schema.js';
import { daysOfIsoWeek, type IsoWeek } from '../time/iso-week.js';

/** The indexes of entries whose day is not one of the week's seven. */
export function entriesOutsideWeek(week: IsoWeek, entries: readonly Pick<ScheduleEntryInput, 'day'>[]): number[] {
  const days = new Set(daysOfIsoWeek(week));
  return entries.flatMap((e, i) => (days.has(e.day) ? [] : [i]));
}

/** Day, then start time, then the order the editor gave (a stable sort). */
export function inTimeOrder<E extends Pick<ScheduleEntry, 'day' | 'startTime'>>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => (a.day === b.day ? (a.startTime < b.startTime ? -1 : a.startTime > b.startTime ? 1 : 0) : a.day < b.day ? -1 : 1));
}

export interface ScheduleDay<E> {
  day: string;
  entries: E[];
}

/** The seven days of the week, each with its entries in time order (empty days included). */
export function groupByDay<E extends Pick<ScheduleEntry, 'day' | 'startTime'>>(week: IsoWeek, entries: readonly E[]): ScheduleDay<E>[] {
  const ordered = inTimeOrder(entries);
  return daysOfIsoWeek(week).map((day) => ({ day, entries: ordered.filter((e) => e.day === day) }));
}

export function entryOfRow(row: ScheduleEntryRow): ScheduleEntry {
  return {
    day: row.day, startTime: row.start_time, endTime: row.end_time, leaders: row.leaders, content: row.content,
    place: row.place, chair: row.chair, attendees: row.attendees, notes: row.notes,
  };
}
