/**
 * Vietnam time, once for the server and the admin: instants are stored in UTC and
 * shown in Asia/Ho_Chi_Minh ("16:21, Thứ Tư, 16-11-2022", with the machine-readable
 * "2022-11-16T16:21:00+07:00" beside it); a day ("2022-11-16") or a month ("2022-11")
 * a person names is that day or month in Vietnam, from its first to its last
 * millisecond. Pure: no I/O, no dependence on the machine's time zone.
 */

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Vietnam keeps UTC+7 all year (no daylight saving since 1975). */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * From this instant on, Asia/Ho_Chi_Minh has been UTC+7 without change (the time zone
 * database: since 13 June 1975; a margin to the new year). Before it, the zone's history
 * (UTC+8 in the South, the changes of the war years) is read from Intl.
 */
export const FIXED_OFFSET_SINCE_MS = Date.UTC(1976, 0, 1);

/** Wall-clock parts of an instant in Vietnam. */
export function vietnamParts(instant: Date): LocalParts {
  const time = instant.getTime();
  if (time >= FIXED_OFFSET_SINCE_MS) {
    // Arithmetic: pages show many dates, and formatToParts was a twentieth of a page's render.
    const local = new Date(time + VIETNAM_OFFSET_MS);
    return {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
      second: local.getUTCSeconds(),
      weekday: local.getUTCDay(),
    };
  }
  return intlParts(instant);
}

/** Wall-clock parts in Vietnam as the time zone database gives them (any instant). */
export function intlParts(instant: Date): LocalParts {
  // One formatToParts call per instant: it is the expensive step.
  const parts = partsFormatter.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
  // The weekday of the local calendar date, independent of the machine's zone.
  const weekday = new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay();
  return { ...local, weekday };
}

function toDate(value: Date | string): Date {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid instant: ${String(value)}`);
  return date;
}

/** "16:21, Thứ Tư, 16-11-2022" */
export function formatVietnamDateTime(value: Date | string): string {
  const p = vietnamParts(toDate(value));
  return `${pad(p.hour)}:${pad(p.minute)}, ${WEEKDAYS[p.weekday]}, ${pad(p.day)}-${pad(p.month)}-${p.year}`;
}

/** "16-11-2022" */
export function formatVietnamDate(value: Date | string): string {
  const p = vietnamParts(toDate(value));
  return `${pad(p.day)}-${pad(p.month)}-${p.year}`;
}

/** "2022-11-16T16:21:00+07:00": the instant written in Vietnam's offset, for <time datetime>. */
export function toVietnamIso(value: Date | string): string {
  const date = toDate(value);
  const p = vietnamParts(date);
  const localAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offsetMinutes = Math.round((localAsUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Normalises any accepted instant to the stored form: ISO 8601 UTC with milliseconds. */
export function toStoredInstant(value: Date | string): string {
  return toDate(value).toISOString();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether y-m-d names a day that exists (2026-02-30 does not). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * UTC milliseconds of a wall-clock time in UTC. Years 0–99 stay themselves
 * (Date.UTC would read them as 1900–1999).
 */
export function fromUtcWallClock(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

/** UTC milliseconds of a wall-clock time in Vietnam. */
export function fromVietnamWallClock(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  return fromUtcWallClock(year, month, day, hour, minute, second, ms) - VIETNAM_OFFSET_MS;
}

function parseDay(day: string): [number, number, number] | undefined {
  // Fixed positions, no pattern: "YYYY-MM-DD" with digits only.
  if (day.length !== 10 || day[4] !== '-' || day[7] !== '-') return undefined;
  const digits = day.slice(0, 4) + day.slice(5, 7) + day.slice(8, 10);
  for (const c of digits) if (c < '0' || c > '9') return undefined;
  const parts: [number, number, number] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
  return isCalendarDate(...parts) ? parts : undefined;
}

/** Whether `day` is a "YYYY-MM-DD" that exists. */
export function isVietnamDay(day: string): boolean {
  return parseDay(day) !== undefined;
}

/** A Vietnam day as UTC milliseconds, first and last; undefined for a day that does not exist. */
export function vietnamDayBounds(day: string): { first: number; last: number } | undefined {
  const parts = parseDay(day);
  if (parts === undefined) return undefined;
  const first = fromVietnamWallClock(...parts);
  return { first, last: first + DAY_MS - 1 };
}

/** The stored instant (ISO UTC) that starts or ends a Vietnam day; undefined for a day that does not exist. */
export function vietnamDayEdge(day: string, edge: 'start' | 'end'): string | undefined {
  const bounds = vietnamDayBounds(day);
  if (bounds === undefined) return undefined;
  return new Date(edge === 'start' ? bounds.first : bounds.last).toISOString();
}

/** [from, to) of a "YYYY-MM" month in Vietnam time, as stored instants; undefined for a month that does not exist. */
export function vietnamMonthRange(month: string): { from: string; to: string } | undefined {
  const first = parseDay(`${month}-01`);
  if (month.length !== 7 || first === undefined) return undefined;
  const [year, m] = first;
  return { from: new Date(fromVietnamWallClock(year, m, 1)).toISOString(), to: new Date(fromVietnamWallClock(year, m + 1, 1)).toISOString() };
}

/** The Vietnam day of an instant, "YYYY-MM-DD". */
export function vietnamDayOf(value: Date | string): string {
  const p = vietnamParts(toDate(value));
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The Vietnam month of an instant, "YYYY-MM". */
export function vietnamMonthOf(value: Date | string): string {
  return vietnamDayOf(value).slice(0, 7);
}

/** A wall-clock "YYYY-MM-DDTHH:mm" (a datetime-local input) read as Vietnam time, as a stored instant; undefined when it is not one. */
export function fromVietnamLocalInput(value: string): string | undefined {
  if (value.length !== 16 || value[10] !== 'T' || value[13] !== ':') return undefined;
  const day = parseDay(value.slice(0, 10));
  const hour = Number(value.slice(11, 13));
  const minute = Number(value.slice(14, 16));
  const digits = value.slice(11, 13) + value.slice(14, 16);
  for (const c of digits) if (c < '0' || c > '9') return undefined;
  if (day === undefined || hour > 23 || minute > 59) return undefined;
  return new Date(fromVietnamWallClock(...day, hour, minute)).toISOString();
}
