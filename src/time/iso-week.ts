/**
 * ISO 8601 weeks ("2022-W46": Monday to Sunday, week 1 holds the year's first Thursday),
 * as the leaders' schedule names them: parse and format, the week of a calendar day or
 * of an instant in Vietnam, the seven days of a week, the weeks before and after.
 * Pure: no I/O, no dependence on the machine's time zone.
 */
import { vietnamDayOf } from './vietnam-time.js';

export interface IsoWeek {
  year: number;
  week: number;
}

const DAY_MS = 86_400_000;
/** "2022-W46": four digits, "-W", two digits. Fixed length, no repetition: linear on any input. */
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The years a schedule may name (stored instants keep four-digit years). */
export const MIN_WEEK_YEAR = 1000;
export const MAX_WEEK_YEAR = 9998;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Milliseconds (UTC midnight) of the Monday of week 1 of `year`. */
function firstMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return jan4 - weekday * DAY_MS;
}

/** 52 or 53: a year has 53 weeks when it starts on a Thursday, or is a leap year starting on a Wednesday. */
export function weeksInYear(year: number): number {
  return (firstMonday(year + 1) - firstMonday(year)) / (7 * DAY_MS);
}

/** "2022-W46" → { year: 2022, week: 46 }; undefined for anything else (W00, W54, W53 of a 52-week year, letters, long text). */
export function parseIsoWeek(value: string): IsoWeek | undefined {
  if (value.length !== 8) return undefined;
  const m = WEEK_PATTERN.exec(value);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (year < MIN_WEEK_YEAR || year > MAX_WEEK_YEAR) return undefined;
  if (week < 1 || week > weeksInYear(year)) return undefined;
  return { year, week };
}

export function isIsoWeek(value: string): boolean {
  return parseIsoWeek(value) !== undefined;
}

export function formatIsoWeek(w: IsoWeek): string {
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

function dayString(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The week a calendar day ("2022-11-16") belongs to; undefined when it is no date. */
export function isoWeekOfDay(day: string): IsoWeek | undefined {
  const m = DAY_PATTERN.exec(day);
  if (m === null) return undefined;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, date);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== date) return undefined;
  // The Thursday of the day's week decides the year.
  const weekday = (back.getUTCDay() + 6) % 7;
  const thursday = ms + (3 - weekday) * DAY_MS;
  const weekYear = new Date(thursday).getUTCFullYear();
  return { year: weekYear, week: Math.floor((thursday - firstMonday(weekYear)) / (7 * DAY_MS)) + 1 };
}

/** The week of an instant as a person in Vietnam sees it (Asia/Ho_Chi_Minh). */
export function vietnamIsoWeek(instant: Date): IsoWeek {
  const week = isoWeekOfDay(vietnamDayOf(instant));
  if (week === undefined) throw new RangeError(`Invalid instant: ${instant.toISOString()}`);
  return week;
}

/** The seven calendar days of a week, Monday first ("2022-11-14" … "2022-11-20"). */
export function daysOfIsoWeek(w: IsoWeek): string[] {
  const monday = firstMonday(w.year) + (w.week - 1) * 7 * DAY_MS;
  return Array.from({ length: 7 }, (_, i) => dayString(monday + i * DAY_MS));
}

/** The week `offset` weeks from `w` (−1: the week before, 1: the week after). */
export function shiftIsoWeek(w: IsoWeek, offset: number): IsoWeek {
  const monday = firstMonday(w.year) + (w.week - 1 + offset) * 7 * DAY_MS;
  const week = isoWeekOfDay(dayString(monday));
  if (week === undefined) throw new RangeError('Invalid week');
  return week;
}
