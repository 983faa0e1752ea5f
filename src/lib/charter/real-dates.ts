/**
 * Whether a date or time written in a charter is a real one. Apart from validate.ts so that pages
 * that only read dates (My mentoring, the calendar file) do not load every validation message.
 */
import { calendarParts } from '../dates';

/** Is s a real calendar date written YYYY-MM-DD, in a year a charter can mean (1900–2200)? */
export function isRealDate(s: string): boolean {
  const year = calendarParts(s)?.year;
  return year !== undefined && year >= 1900 && year <= 2200;
}

/** Is s a time written 24-hour HH:MM? */
export const isRealTime = (s: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(s);
