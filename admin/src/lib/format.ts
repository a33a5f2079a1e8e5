/**
 * Dates and times as Vietnamese portals show them (Asia/Ho_Chi_Minh), and the values of
 * date inputs, from the server's one Vietnam-time module.
 */
import { fromVietnamLocalInput, vietnamMonthOf, vietnamParts } from '../../../src/contract/time.js';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function instantOf(iso: string | null | undefined): Date | undefined {
  if (iso === null || iso === undefined || iso === '') return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "16:21, 16-11-2022"; empty for a missing or unreadable value. */
export function formatDateTime(iso: string | null | undefined): string {
  const date = instantOf(iso);
  if (date === undefined) return '';
  const p = vietnamParts(date);
  return `${pad(p.hour)}:${pad(p.minute)}, ${pad(p.day)}-${pad(p.month)}-${p.year}`;
}

/** The value of an <input type="datetime-local"> for an instant, in Vietnam's time. */
export function toDateTimeLocal(iso: string | null | undefined): string {
  const date = instantOf(iso);
  if (date === undefined) return '';
  const p = vietnamParts(date);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** An <input type="datetime-local"> value, read as Vietnam's time (UTC+7, no daylight saving), to ISO UTC. */
export function fromDateTimeLocal(value: string): string | null {
  return fromVietnamLocalInput(value) ?? null;
}

/** This month as YYYY-MM in Vietnam's time. */
export function currentMonth(now = new Date()): string {
  return vietnamMonthOf(now);
}
