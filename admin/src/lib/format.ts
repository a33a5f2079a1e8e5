/** Dates and times as Vietnamese portals show them (Asia/Ho_Chi_Minh), and the values of date inputs. */

const ZONE = 'Asia/Ho_Chi_Minh';

const DATE_TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: ZONE,
  hourCycle: 'h23',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of DATE_TIME.formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** "16:21, 16-11-2022"; empty for a missing or unreadable value. */
export function formatDateTime(iso: string | null | undefined): string {
  if (iso === null || iso === undefined || iso === '') return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(date);
  return `${p['hour']}:${p['minute']}, ${p['day']}-${p['month']}-${p['year']}`;
}

/** The value of an <input type="datetime-local"> for an instant, in Vietnam's time. */
export function toDateTimeLocal(iso: string | null | undefined): string {
  if (iso === null || iso === undefined || iso === '') return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(date);
  return `${p['year']}-${p['month']}-${p['day']}T${p['hour']}:${p['minute']}`;
}

/** An <input type="datetime-local"> value, read as Vietnam's time (UTC+7, no daylight saving), to ISO UTC. */
export function fromDateTimeLocal(value: string): string | null {
  if (value === '') return null;
  const date = new Date(`${value}:00+07:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** This month as YYYY-MM in Vietnam's time. */
export function currentMonth(now = new Date()): string {
  const p = parts(now);
  return `${p['year']}-${p['month']}`;
}
