/**
 * Working days in Vietnam, for the deadlines of citizens' questions (15 working days by
 * default): Monday to Friday, minus the fixed solar public holidays of the Labour Code
 * 2019 (art. 112) — 1/1, 30/4, 1/5, 2/9 and one day next to 2/9 (taken here as 1/9).
 * Pure: dates are Vietnam calendar days written "YYYY-MM-DD", no time zone, no I/O.
 *
 * Not computed: the lunar holidays (Tết Nguyên đán, Giỗ Tổ Hùng Vương 10/3 âm lịch), the
 * days given in lieu when a holiday falls on a weekend, and the swaps the Government
 * announces each year. They can be added as a per-year list of dates (EXTRA_HOLIDAYS below
 * is where such a list goes); until then a deadline over Tết falls a few days early, which
 * errs on the side of the citizen.
 */
import { vietnamParts } from './vietnam-time.js';

/** Fixed solar holidays as "MM-DD". */
export const SOLAR_HOLIDAYS: readonly string[] = ['01-01', '04-30', '05-01', '09-01', '09-02'];

/** Per-year days off not computed here (lunar holidays, days in lieu): "YYYY-MM-DD". Empty by default. */
export const EXTRA_HOLIDAYS: ReadonlySet<string> = new Set<string>();

const DAY_MS = 86_400_000;

function parse(date: string): number {
  // Fixed positions, no pattern: "YYYY-MM-DD".
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-' || !Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    throw new RangeError(`Ngày không hợp lệ: ${date}`);
  }
  return Date.UTC(year, month - 1, day);
}

function format(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The Vietnam calendar day of an instant, "YYYY-MM-DD". */
export function vietnamDay(instant: Date): string {
  const p = vietnamParts(instant);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

export function isHoliday(date: string): boolean {
  return SOLAR_HOLIDAYS.includes(date.slice(5)) || EXTRA_HOLIDAYS.has(date);
}

export function isWorkingDay(date: string): boolean {
  const weekday = new Date(parse(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isHoliday(date);
}

/** The `count`-th working day after `date` (the day itself does not count). */
export function addWorkingDays(date: string, count: number): string {
  let ms = parse(date);
  let left = Math.max(0, Math.floor(count));
  while (left > 0) {
    ms += DAY_MS;
    if (isWorkingDay(format(ms))) left -= 1;
  }
  return format(ms);
}

/** How many working days lie after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string): number {
  const end = parse(to);
  let count = 0;
  for (let ms = parse(from) + DAY_MS; ms <= end; ms += DAY_MS) {
    if (isWorkingDay(format(ms))) count += 1;
  }
  return count;
}
