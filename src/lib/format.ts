/** Formatting shared by pages and tools. Pure: no DOM. Never throws: a value that is not a date is shown as it is. */
import { isCalendarDate } from './dates';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
/** Calendar dates are formatted as the day they name, whatever the reader's time zone. */
const calendarFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

function safe(format: Intl.DateTimeFormat, d: Date, fallback: string): string {
  return Number.isNaN(d.getTime()) ? fallback : format.format(d);
}

/**
 * 21 November 2026. A calendar date ("2026-11-21") is shown as that day in every time zone; an
 * instant or a Date as the day it falls on in the reader's time zone. Anything else comes back as given.
 */
export function formatDate(d: Date | string): string {
  if (typeof d !== 'string') return safe(dateFormat, d, '');
  if (isCalendarDate(d)) return safe(calendarFormat, new Date(`${d}T00:00:00Z`), d);
  return safe(dateFormat, new Date(d), d);
}

/** 21 Nov 2026, 14:05 (the reader's time zone). Anything that is not a date comes back as given. */
export function formatDateTime(d: Date | string): string {
  if (typeof d !== 'string') return safe(dateTimeFormat, d, '');
  return safe(dateTimeFormat, new Date(d), d);
}

/** 0.4 KB, 12 KB, 3.2 MB */
export function formatBytes(n: number): string {
  if (n === 0) return 'nothing';
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 100) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(1)} GB`;
}

/** "1 charter", "3 charters" */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * A programme's name as the start of a file name: "Harbour Mentoring" → "harbour-mentoring". Letters
 * and digits of any script are kept; an empty result falls back to "handbook".
 */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'handbook';
}
