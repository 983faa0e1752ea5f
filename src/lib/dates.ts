/**
 * Dates, validated one way everywhere. Two kinds exist in Tandem:
 * - a calendar date, "2026-11-21": a day in someone's own calendar, never an instant;
 * - an instant, "2026-11-21T10:00:00.000Z": when something happened (saved, shared, exported).
 * Both are checked by round-tripping through the calendar, so "2026-13-45" and "2026-02-30" fail.
 * Pure: no DOM.
 */
import * as v from 'valibot';

const CALENDAR = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** Is `s` a real calendar date written YYYY-MM-DD? */
export function isCalendarDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = CALENDAR.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Is `s` an ISO 8601 date and time with a time zone ("…Z" or "…+01:00") on a real calendar day? */
export function isInstant(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = INSTANT.exec(s);
  return !!m && isCalendarDate(m[1]) && !Number.isNaN(Date.parse(s));
}

/** Valibot schema for a calendar date (YYYY-MM-DD). */
export const calendarDateSchema = v.pipe(v.string(), v.check((s: string) => isCalendarDate(s), 'must be a real date written YYYY-MM-DD'));

/** Valibot schema for an instant (ISO 8601 date and time with a zone). */
export const instantSchema = v.pipe(v.string(), v.check((s: string) => isInstant(s), 'must be a date and time (ISO 8601)'));

/** The calendar date's parts, or null. */
export function calendarParts(s: string): { year: number; month: number; day: number } | null {
  if (!isCalendarDate(s)) return null;
  const [year, month, day] = s.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Today's date (YYYY-MM-DD) for someone in `timeZone` at the instant `now`. */
export function localDate(now: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
