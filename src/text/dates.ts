/**
 * Dates as Vietnamese portals show them. Instants are stored in UTC and shown in
 * Asia/Ho_Chi_Minh: "16:21, Thứ Tư, 16-11-2022", with the machine-readable
 * "2022-11-16T16:21:00+07:00" beside it.
 */

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

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

/** Wall-clock parts of an instant in Vietnam. */
export function vietnamParts(instant: Date): LocalParts {
  // One formatToParts call per instant: it is the expensive step, and pages show many dates.
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
